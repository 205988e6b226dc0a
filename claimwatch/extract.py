"""Extraction: attributed claims from cleaned articles, read with spaCy's parse.

For each sentence we find who speaks (the subject of a reporting verb, "according to X", or
the outlet when nobody is named), then read three kinds of claim from what they say:

- figure: a number with the quantity it counts ("4,300 Russian soldiers killed"), as an
  interval with its qualifier, unit and whether it is a running total;
- event: an act asserted or negated ("police did not use tear gas");
- rejection: a denial of another claim ("denied a report that ...", "has no basis").

Each claim carries a key (what it is about) so that claims that could conflict meet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimwatch import lexicon as lx
from claimwatch.dates import WEEKDAYS, published_date
from claimwatch.figures import (
    PERCENT_WORDS,
    SCALES,
    Figure,
    parse_number,
    qualifier_before,
    qualify,
    vague_figure,
)
from claimwatch.gazetteer import (
    CITIES,
    STATES,
    acronym_countries,
    company_of,
    country_in,
    country_of_capital,
    names_a_side,
    nationality_in,
    place_key,
    unaccented,
)
from claimwatch.nlp import load_nlp
from claimwatch.parse_repairs import no_moment, repair
from claimwatch.reading import (
    NOUNS,
    PLACE_ENTS,
    QUOTES,
    ArticleContext,
    Frame,
    Speaker,
    canonical,
    first_word,
    for_work,
    governing_verb,
    lemma,
    noun_phrase,
    opens_on_a_quote,
    proper_name,
    puts_a_protest,
    shared_subject,
    single_quote_marks,
    text_of,
    verb_above,
    with_a_modal,
)
from claimwatch.row import LISTED, NATIONWIDE, PLAN_ACTS, PLANNED_CUTS, real_places, spots_only
from claimwatch.speakers import (
    a_public_body,
    acting_speaker,
    company_officers,
    frame_for,
    main_org_of,
    names_a_figure,
    org_subject_of,
    outlet,
    puts_it,
    rejected_owner,
    report_frames,
    side_named,
    without_kind_words,
)
from claimwatch.when_where import (
    INSTITUTION_NOUNS,
    LONG_RUN_PHRASES,
    PLACE_NOUNS,
    SentenceDates,
    has_future_aux,
    in_earlier_figure,
    main_place,
    names_of,
    none_beyond,
    outlet_name,
    region_of,
    says_nationwide,
    scene_set,
    sentence_dates,
    sentence_places,
    separate_event,
    told_when,
    topics_of,
    untagged_places,
)
from schemas.records import Claim, CleanArticle

CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj", "dobj", "acl", "relcl"})
SKIP_NUMBER_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})
# Claims of these kinds are checked in this order within an article, so that the most
# informative evidence (a counter-figure, then a plain negation) speaks for its side first.
KIND_ORDER = {"figure": 0, "event": 1, "rejection": 2}


class ClaimReader:
    """The rules: claims from articles' segments as spaCy parsed them. Needs no model, so a
    worker can run it in a process of its own while spaCy parses the next batch
    (agents/extract_pool.py)."""

    def read_batch(self, articles: Sequence[CleanArticle], docs: Sequence[list[Doc]]) -> list[list[Claim]]:
        """Each article's claims, from its segments parsed (one Doc per segment)."""
        return [self._article_claims(art, art_docs) for art, art_docs in zip(articles, docs, strict=True)]

    # -- per article --------------------------------------------------------------------

    def _article_claims(self, article: CleanArticle, docs: list[Doc]) -> list[Claim]:
        try:
            published = published_date(article.published_at)
        except ValueError:
            published = date.today()
        # place names the model does not tag, per sentence: read once for the region and
        # the sentences' own places
        untagged = {(id(doc), sent.start): untagged_places(sent) for doc in docs for sent in doc.sents}
        topics = topics_of(t for d in docs for t in d)
        abduction = _an_abduction(docs, topics)
        # (an abduction is an attack on those taken, whether or not a noun names it: its reports
        # tell one kind of event, a war's as a raid is, and not a crash's)
        topics = tuple(sorted({*topics, "attack"})) if abduction else topics
        ctx = ArticleContext(
            article=article,
            published=published,
            main_org=(main_org := main_org_of(docs, article.source)),
            main_org_public=a_public_body(main_org, docs),
            region=region_of(docs, main_org, untagged, outlet_name(article.source)),
            topics=topics,
            names=names_of(docs),
            untagged_places=untagged,
            main_place=main_place(article, docs),
            abduction=abduction,
            disease=any(lx.NAMED_DISEASE.search(seg.text) for seg in article.segments),
            acronyms=(acronyms := acronym_countries("\n".join(seg.text for seg in article.segments))),
            enemy=_the_enemy_named(docs),
            own_side=_the_side_of_its_martyrs(docs, acronyms) or _the_side_that_mourns(docs),
        )
        ctx.plants = _plants_owned(docs, ctx.main_org)
        ctx.person_sides.update(company_officers(docs, ctx.main_org))
        ctx.home = _the_reports_country(ctx, docs)
        claims: list[Claim] = []
        for seg, doc in zip(article.segments, docs, strict=True):
            if seg.kind != "paragraph":
                continue  # headlines compress the body's claims; the body says them in full
            sents = list(doc.sents)
            marks = [_quote_marks(s) for s in sents]  # (each sentence's quotation marks, counted once)
            ctx.scene = ()
            ctx.last_event_date = None  # ("in that incident": one this paragraph told)
            told_apart: tuple[str, ...] = ()  # the mark of the separate event last told
            for n, sent in enumerate(sents):
                ctx.opens_on = scene_set(sent, ctx)
                own = separate_event(sent, article.id)
                ctx.goes_on_with = told_apart if not own and told_apart and _goes_on(sent, sents, n) else ()
                claims.extend(self._sentence_claims(sent, ctx, _quote_sources(sents, marks, n)))
                ctx.scene = ctx.opens_on or ctx.scene
                told_apart = own or ctx.goes_on_with
        claims = _cancellations_of_what(_plans_of_its_company(_dedupe(claims), ctx.main_org))
        claims = _denied_in_own_words(claims)
        claims = _no_one_killed_where_spared(claims, ctx.topics, _folded(article.text))
        claims = _struck_where_homes_fell(claims)
        claims = _own_words_first(claims)
        claims.sort(key=lambda c: KIND_ORDER[c.kind])  # stable: sentence order within a kind
        return [replace(c, claim_id=f"{article.id}:{n}") for n, c in enumerate(claims)]

    # -- per sentence -------------------------------------------------------------------

    def _sentence_claims(
        self, sent: Span, ctx: ArticleContext, quote_sources: tuple[Span, ...] = ()
    ) -> list[Claim]:
        frames = report_frames(sent, ctx)
        for source in quote_sources if not frames else ():
            frames = _frames_after_quote(source, ctx)
            if frames:
                break
        dates = sentence_dates(sent, ctx, frames)
        out: list[Claim] = []
        used: set[int] = set()
        text = text_of(sent).strip()
        if A_QUESTION.search(text):
            # "how can they say no officer died?": a question asserts nothing, though a clause
            # before it may ("Two officers were buried on Monday; how can they say ...?")
            stop = next((t for t in reversed(sent) if t.text in (";", ":") or _asks_after(t)), None)
            if stop is None:
                return []
            asserted = self._sentence_claims(sent.doc[sent.start : stop.i], ctx, quote_sources)
            return [replace(c, text=text) for c in asserted]  # read from the whole sentence
        low = text.lower()
        denial_phrase = _says_denial(low)
        revision = any(re.search(rf"\b{m}\b", low) for m in lx.REVISION_MARKERS)
        base_cumulative = (
            bool(CUMULATIVE_MARKER.search(low))
            or bool(LONG_RUN_PHRASES.search(text))
            or dates.since is not None
            or dates.counted_from_onset
            or dates.long_run
        )

        # (a paragraph that opens "Another 23 were injured" goes on from the last one's toll,
        # unless the report counted the injured before: then they are more)
        told_before = ctx.last_measure[0] if ctx.last_measure and sent.start == 0 else ""
        told = frozenset(ctx.measures_told)  # (what the report counted before this sentence)
        found_figures = list(_figures(sent, told_before, told))
        by_number = {anchor.i: (figure, tokens) for figure, anchor, tokens in found_figures}
        for figure, anchor, tokens in found_figures:
            if anchor.i in used:
                continue
            used.update(t.i for t in tokens)
            frame = frame_for(anchor, frames)
            if frame and any(t.i in frame.span_ids for t in tokens):
                continue  # "two people familiar with the plans": part of who speaks
            if _a_number_named(anchor):
                continue  # "part of silo 4 collapsed", "opened gate 7": which one, not how many
            if _one_of_the_most(anchor):
                continue  # "one of the deadliest air raids": a ranking, not a count
            if _one_in(anchor):
                continue  # "one school in three": a share, not a count
            if anchor.i + 1 < sent.end and anchor.nbor(1).lower_ == "times":
                continue  # "three times the 38,000": a ratio, not a count
            if _one_by_one(anchor):
                continue  # "the captain counted us one by one": a manner, not a count
            if _a_magnitude(anchor):
                continue  # "a magnitude 5.4 aftershock struck": a strength, and no count of shocks
            if anchor.lower_ == "one" and any(c.dep_ == "det" for c in anchor.children):
                continue  # "eight times the one reported by the company": a pronoun
            if _base_of_a_share(anchor):
                share = _the_share_of(anchor, by_number)
                if share is None:
                    continue  # "950 of the plant's 1,100 employees": the 1,100 are all there are
                # "about 90 percent of the division's 820 officers had joined": about 738 of them
                figure = share
            if _some_of_those_counted(anchor):
                continue  # "treated nine protesters, three of them for gunshot wounds": a part
            if _who_did_it(anchor):
                continue  # "had been seized by about 15 armed men": the captors, none of those taken
            if _how_it_began(anchor):
                continue  # "the war began when militants attacked, killing 1,200": history
            if _why_it_rose(anchor):
                continue  # "rose to 19 after the recovery of two bodies": what was added
            noun, verb = _counted(anchor)
            noun = _second_figure_put_at(anchor) or noun  # "the toll at 58 and the number of injured at 655"
            if _an_earlier_figure(anchor, verb):
                continue  # "the earlier estimate was equivalent to about 101,000 acres": told before
            if _how_many_figures(anchor, noun):
                continue  # "the gap between the two tallies": how many figures, not a figure
            if _the_parties_between(anchor, noun):
                continue  # "the most serious clash between the two neighbours": the parties
            if _bodies_that_speak(anchor, noun, verb):
                continue  # "the two bodies differed sharply": organisations, not the dead
            if verb is not None and not _its_own_plan(verb) and (
                lemma(verb) in lx.FORECAST_VERBS
                or verb.dep_ in ("xcomp", "ccomp") and lemma(verb.head) in lx.FORECAST_VERBS
            ):
                continue  # "had forecast 800,000 protesters", "expect inflation to fall to 29.6%"
            if _may_come_to(verb):
                continue  # "the toll may rise to 500", "could exceed 2 million": a prediction
            if _background(sent):
                continue  # "Earlier this year ... an assault that killed more than 400": history
            # ("licensed to carry 350 passengers": what it may hold, not what it held; told of
            # people, a capacity one side may give and another dispute)
            capacity = _a_capacity(anchor, verb)
            if capacity and not _room_for_people(anchor, verb):
                continue
            if _told_beside(anchor):
                continue  # "286 passengers were on board, together with 11 crew members"
            if _a_share_by_place(anchor):
                continue  # "six deaths had been confirmed, four on Lifuka and two on Foa"
            if _a_rate(tokens[-1], verb):
                continue  # "morgues normally receive 30 to 40 bodies a day": no event's count
            grouped = noun is not None and noun.i != anchor.i and lemma(noun) in lx.COUNTED_GROUP_NOUNS
            if grouped and noun is not None and not _families_homeless(noun, verb):
                continue  # "the dead were members of one family": families, not people, counted
            if _remains_handed_over(noun, verb):
                continue  # "handed over the bodies of 1,000 servicemen": a repatriation, no toll
            listed = _people_listed_with(noun, figure, by_number, ctx, frame)
            if listed:
                # "142 passengers and 18 crew were on board", "seven employees and four
                # customers were held": one count of them all (each alone is only a part)
                total = (figure.low or 0.0) + sum(f.low or 0.0 for f, _ in listed)
                figure = replace(figure, low=total, high=total, text=f"{total:,.0f}")
                for _, more in listed:
                    used.update(t.i for t in more)
            if capacity:
                measure, subject = "capacity", ""
                if figure.qualifier in ("up_to", "less_than") and figure.high is not None and (
                    CAPACITY_CAP.match(figure.text)
                ):
                    # "allowed it to carry a maximum of 35 people": the capacity is 35 (not
                    # "licensed to carry fewer than 20")
                    figure = replace(figure, low=figure.high, qualifier="exact")
            else:
                measure, subject = _measure(noun, verb, anchor, figure, ctx, frame)
            if measure == "injured" and verb is not None and _hit_in_the_body(verb) and figure.low:
                # "three protesters were hit in the head": some of the injured, at least
                figure = replace(figure, high=None, qualifier="at_least")
            if (measure == "captured" or measure.endswith("|people")) and _taken_into_custody(verb):
                # "12 of our members were taken to the police station", a translation's "9 persons
                # were led to the police section"
                measure, subject = "detained", ""
            if measure == "deaths" and not subject and _what_a_toll_grew_by(anchor):
                # "two workers died on Friday, bringing the toll to 13": counted in the 13 (not
                # "seven soldiers ..., bringing the military's toll to 48", whose dead they say)
                ctx.last_measure = (measure, subject)
                continue
            if verb is not None and verb.lemma_ in lx.HALTING_VERBS and measure.startswith("affect|"):
                # "paralysed 63 hospitals": at least that many affected (a count of those
                # affected may be higher, not lower)
                figure = replace(figure, high=None, qualifier="at_least") if figure.low else figure
            # (hostages "remain in the hands of the criminals", not "in Birnin Kebbi for checks")
            still_held = measure != "captured" or _in_captors_hands(verb)
            still_held = still_held and ctx.abduction and measure in STILL_HELD_READINGS
            if still_held and _still_out_there(verb):
                measure = "held"  # "twenty-five remain in the forest", after an abduction
            if ctx.abduction and not measure and _left_held(anchor):
                measure = "held"  # "15 were released on Saturday, leaving 22 still held"
            # ("14 people had returned home but 11 were still being held": a bare number held)
            held_bare = noun is None and verb is not None and lemma(verb) == "hold"
            # (still held or being held: not "two were held in Birnin Kebbi", talks or meetings)
            held_bare = held_bare and anchor.dep_ == "nsubjpass" and verb is not None and _held_now(verb)
            if ctx.abduction and not measure and held_bare and not lx.CUSTODY_TALK.search(text_of(sent)):
                measure = "held" if _some_came_back(ctx) or _held_in_parts(verb, anchor) else "captured"
            if ctx.abduction and measure == "captured" and _still_held(anchor):
                measure = "held"  # "19 of the people abducted were still being held": not all taken
            if not measure and figure.unit == "%":
                measure = _share_acted_on(anchor, verb)  # "30% of trains were cancelled"
            struck_fleet = not measure and figure.unit == "%" and "strike" in ctx.topics
            fleet = _share_of_a_fleet(anchor, verb) if struck_fleet else ""
            if fleet:
                # "90% of jeepneys stayed off the road" struck; "92% plied their routes": the
                # rest of the fleet did ("were not operating": struck, told once)
                measure, figure = "participants", _the_rest(figure) if fleet == "ran" else figure
            if not measure:
                continue
            if measure in lx.PEOPLE_MEASURES and _things_beside_the_count(anchor, noun):
                continue  # "evacuated 3,000 passengers from the two trains": trains, not people
            if measure == "participants" and figure.unit == "%" and _share_at_work(anchor):
                figure = _the_rest(figure)  # "60% reported for work": 40% on strike
            if listed:
                subject = ""
            if measure == "missing" and ctx.abduction:
                # "87 students were missing" after the gunmen left: taken ("17 were still
                # unaccounted for" where some were freed: still held, the taken less those come
                # back; "more than 100 are still missing" where none were: taken)
                still = verb is not None and _still(verb)
                measure = "held" if still and _some_came_back(ctx) else "captured"
            if ctx.abduction and _yet_to_free(measure, verb, noun):
                # "continuing to recover the remaining 23 workers": those still held; "trying to
                # free 12 hostages": not yet freed
                if not _the_remaining(noun):
                    continue
                measure = "held"
            if ctx.abduction and _came_home(measure, verb):
                measure = "released"  # "only 16 of our people came home": freed (rescued is told apart)
            held_by_captors = noun is not None and noun.dep_ == "nsubjpass" and lemma(noun) not in (
                lx.SUSPECT_NOUNS
            )
            held_by_captors = held_by_captors and not lx.CUSTODY_TALK.search(text_of(sent))
            if ctx.abduction and measure == "hold|people" and held_by_captors:
                # "at least 40 girls were still being held" where some came back: those not yet
                # freed; "26 people were being held" where none did: all those taken
                measure = "held" if _some_came_back(ctx) or _held_in_parts(verb, anchor) else "captured"
            if measure == "deaths" and _in_excess(noun, verb):
                measure = "excess_deaths"  # an estimate against the usual, not a count of the dead
            if measure == "deaths" and _animals(noun):
                measure = "animal_deaths"  # "180,000 head of livestock have perished": not people
            if measure == "participants" and figure.unit == "%" and not subject:
                subject = _sector_of(noun, anchor, sent)  # "58% of primary teachers": not secondary
            if measure in _measures_of_a_whole_told_before(anchor):
                continue  # "Of the 57 injured, 23 suffered gunshot wounds": a part of the 57
            if measure == "displaced" and _fled_abroad(verb, noun):
                # "9,800 people had crossed the border": refugees, not all the fighting displaced
                subject = f"{subject} {lx.ABROAD}".strip()
            before = tokens[0].i - 1
            doc = sent.doc
            while before > max(sent.start, tokens[0].i - 4) and doc[before].pos_ in ("DET", "ADJ"):
                before -= 1  # "from the 7.8% it published", "from a preliminary 7.9%"
            if (
                before >= sent.start
                and doc[before].lower_ == "from"
                and (
                    revision
                    or _tally_verb(governing_verb(tokens[0]))
                    or _change_verb(tokens[0])
                    or _to_a_figure(sent)
                )
            ):
                continue  # "down to 1.4% from 2.1%", "rose from 5,710": the old figure
            if measure == "leaked" and noun is not None:  # one unit, so tonnes meet kilograms
                figure, base = _in_one_unit(figure, noun)
                if not base and lemma(noun) in lx.ACTIVITY_UNITS:  # (and gigabecquerels meet terabecquerels)
                    per_unit = lx.ACTIVITY_UNITS[lemma(noun)]
                    figure = _scaled(figure, per_unit, "Bq", f"{figure.text} {noun.text}")
            acted_on = measure.partition("|")
            if noun is not None and acted_on[1] and acted_on[2] == _thing(noun):
                # "12,000 barrels of crude were burned" meets "1.9 million litres were consumed",
                # and "40 tonnes of rice destroyed" "40,000 kg": one unit for each kind of amount
                # (of one substance: "300 tonnes of flour" are no "2,500 kg of explosives")
                figure, base = _in_one_unit(figure, noun)
                if base:
                    measure, subject = f"{acted_on[0]}|{base}", _substance(noun)
            if measure == "area" and noun is not None:  # and hectares meet square metres
                figure = _in_square_metres(figure, noun)
            if measure in lx.SIZE_MEASURES and noun is not None:  # and feet meet metres
                if not _a_length_unit(noun):
                    continue  # "raise Alert Level 3": a number, not a size
                figure = _in_base_unit(figure, noun, measure)
            if measure == "data" and noun is not None:  # and terabytes meet gigabytes
                figure = _scaled(figure, _data_unit(noun) or 1.0, "GB", f"{figure.text} {noun.text}")
            if revision and figure.qualifier == "up_to" and figure.high is not None:
                # "revised the rate up to 8.1%": a direction, not a bound
                figure = replace(figure, low=figure.high, qualifier="exact")
            # "nine of the dead were children" counts all the children among them ("the dead
            # included 12 children" may name only some)
            all_children = _children_among(anchor, noun) is not None and not _included(anchor)
            part = figure.unit != "%" and not all_children and (
                _counts_a_part(sent, verb, anchor)
                or _a_group_of(anchor)
                or _more_of(anchor, noun) and not _the_rest_of_a_toll(anchor, told_before, told)
                or _some_of(anchor, measure in ctx.measures_told)
                or _kin(noun)
                or _included(anchor)
                or _what_raised_it(verb)
                or _died_of_wounds(verb)  # "two soldiers wounded on Thursday died of their injuries"
                or (verb is not None and lemma(verb) in lx.CARE_VERBS and not _let_in(verb))  # those treated
                or _treated_there(anchor)
                # those buried: some of the dead at least (not "seven vehicles were buried")
                or verb is not None and lemma(verb) == "bury" and (noun is None or not _a_thing(noun))
                or _bodies_moved(noun, verb)  # "two bodies were taken away", "brought to the morgue"
                or noun is not None and _the_bodies_of(noun)  # "the bodies of 38 miners have been recovered"
                or frame is not None and _a_facility_speaks(frame.speaker.text)
                and not _struck_there(sent, frame)
            )
            so_far = part or _turnout_so_far(measure, low)
            if figure.low is not None and figure.unit != lx.MINUTES and so_far:
                # "in Jurm district alone, 47 were killed", "turnout was 31.6% as of 6 pm":
                # the whole is no less
                figure = replace(figure, high=None, qualifier="at_least")
            speaker = frame.speaker if frame else outlet(ctx)
            if figure.qualifier == "vague" and _within_a_counted_group(anchor):
                continue  # "950 Palestinians, many of them militants but also scores of civilians"
            if frame is None and figure.qualifier == "vague":
                continue  # "hundreds of thousands marched": the outlet's scene, no one's count
            if frame is not None and _said_earlier(frame.verb) and measure in lx.TALLY_MEASURES:
                continue  # "local media earlier reported seven dead": a toll told before this one
            if frame is not None and _had_said_on_a_day(frame.verb) and (
                measure not in lx.TALLY_MEASURES or _said_at_first(frame.verb)
            ):
                # "ECO had reported on July 10 that ...": told again, not said here (but a toll
                # "police had said on Monday" may be the only telling of it the wire has, unless
                # one since overtaken: "the BLA had initially claimed on Wednesday that 27 ...")
                continue
            # (a count that led to what was denied is not denied: the denier's, as told beside it)
            background = frame is not None and frame.denial and _why_denied(anchor, frame)
            rejected = (
                (frame and frame.denial and not _about_the_speaker(anchor, frame) and not background)
                or (denial_phrase and names_a_figure(noun, anchor))
                or _called_false(anchor)  # "the number 58 being quoted is wrong"
                or _in_a_rejected_claim(anchor)  # "rejecting the AA's statement that 300 ..."
                or _figure_contradicted(anchor)  # "contradicting the police figure of 53"
            )
            kind = "rejection" if rejected else "figure"
            negated = (
                (_negated(verb) and not (verb is not None and _away_from_work(verb))) or _negated(noun)
            ) and not _after_but(tokens[0]) and not _not_in_the_qualifier(tokens[0])
            negated = (negated or _figure_set_aside(tokens[0])) and not (fleet and measure == "participants")
            if negated and verb is not None and lemma(verb) in lx.CEILING_VERBS and figure.low is not None:
                # "turnout did not exceed 30 percent": at most 30, asserted
                figure = replace(figure, low=0.0, high=figure.low, qualifier="less_than")
                negated = False
            elif verb is not None and lemma(verb) in lx.CEILING_VERBS and figure.qualifier == "exact":
                figure = replace(figure, high=None, qualifier="more_than")  # "exceeded 2,000"
            if negated and (
                _did_not_run(noun, verb)
                or _did_not_open(noun, verb)
                or _did_not_teach(noun, verb)
                or measure in lx.RESIDUAL_MEASURES and verb is not None and measure == _unaccounted_for(verb)
            ):
                negated = False  # counted as cancelled, trapped or missing (_measure)
            polarity = "negate" if negated else "affirm"
            previous = _previous_value(verb) if revision else None
            ctx.last_measure = (measure, subject)
            ctx.measures_told.add(measure)
            ctx.figures_told.add((measure, figure.value))
            ctx.last_measure_side = speaker.side
            ctx.last_claim_counts = True
            claim = self._claim(
                ctx,
                sent,
                speaker,
                kind,
                measure,
                subject,
                dates,
                figure=figure,
                polarity=polarity,
                cumulative=base_cumulative or _tally_verb(verb) or _brought_to(anchor)
                or _received_so_far(noun, verb),
                rising=_tally_verb(verb) or _brought_to(anchor) or _so_many_by_now(verb, measure),
                revision=revision and previous is not None,
                previous=previous,
                verb=lemma(verb) if verb else "",
                quoted=_quoted(sent, anchor),
            )
            if kind == "rejection":
                target = rejected_owner(anchor)
                if target and target != speaker.side:
                    claim = replace(claim, target_side=target)
            if (own := _own_place_in_a_list(anchor, noun, sent)) is not None:
                claim = replace(claim, places=(*own, LISTED), article_place="")
            elif shared_over := _places_of_its_shares(anchor):
                claim = _placed_over(claim, shared_over, ctx)

            if past := told_when(verb, ctx.published):
                claim = replace(claim, period=past)  # "the quakes of February 2023, which killed"
            out.append(claim)

        # Acts asserted or negated: attributed clauses, and any explicit negation.
        figure_measures = {c.measure for c in out}
        for frame_or_none, clause_verb in _acts(sent, frames, ctx.disease):
            if frame_or_none is not None and _had_said_on_a_day(frame_or_none.verb):
                continue  # "the owner had said on Monday that the ship did not sink": told again
            verb, obj = _act_object(clause_verb)
            second = _second_plan_denied(clause_verb) if frame_or_none is not None else None
            if frame_or_none is not None and second is not None and second not in figure_measures:
                # "there is no plan to close Šentjur and no plan for layoffs": the layoffs too
                # (the first plan is read below)
                whose = _org_side(frame_or_none, ctx)
                out.append(self._none_were(ctx, sent, frame_or_none, verb, second,
                                           whose or ctx.main_org or "", dates))
            unplanned = _none_planned(verb) or _no_plan_of(verb)
            if frame_or_none is not None and unplanned is not None and unplanned not in figure_measures:
                # "No closures are planned", "no layoffs were planned": the company's none,
                # against "120 stores will close"
                whose = _org_side(frame_or_none, ctx)
                out.append(self._none_were(ctx, sent, frame_or_none, verb, unplanned,
                                           whose or ctx.main_org or "", dates))
                continue
            all_freed = ctx.abduction and _all_freed(verb) and "held" not in figure_measures
            if frame_or_none is not None and all_freed:
                # "all hostages have been freed": none is held any more
                out.append(self._none_were(ctx, sent, frame_or_none, verb, "held", "", dates))
                continue
            captives = _none_taken_captive(verb)
            # (a figure the speaker rejects in the same sentence is no count of his)
            if captives is not None and not any(
                c.measure == "captured" and c.kind != "rejection" for c in out
            ):
                # "no soldier was taken prisoner", "no members of the forces had been captured"
                whose = _whose(captives, ctx, frame_or_none) if lemma(captives) in lx.PERSON_NOUNS else ""
                if not whose and lemma(verb) == "surrender":
                    whose = "military"  # "no unit surrendered": those who surrender are fighters
                out.append(self._none_were(ctx, sent, frame_or_none, verb, "captured", whose, dates))
                continue
            staff_told = _staff_told(verb, frame_or_none.speaker.side) if frame_or_none is not None else None
            if frame_or_none is not None and staff_told is not None:
                # "the works council had been informed at a meeting", "employee representatives had
                # been consulted", "the union had never been consulted": whether the workforce was
                # told, or consulted (its representatives are it; told is not consulted)
                negated = (not staff_told) != frame_or_none.denial
                out.append(self._claim(ctx, sent, frame_or_none.speaker, "event", "act", "", dates,
                                       obj=lx.STAFF_TOLD_OBJECT, verb=verb_key(lemma(verb)),
                                       polarity="negate" if negated else "affirm",
                                       quoted=_quoted(sent, verb)))
                continue
            if _none_left_inside(verb) and "missing" not in figure_measures:
                # "there is no one left underground": none missing
                out.append(self._none_were(ctx, sent, frame_or_none, verb, "missing", "", dates))
                continue
            if ctx.abduction and _some_still_held_told(verb) and "held" not in figure_measures:
                # "some of the passengers are still being held", "the others are still being held":
                # some held, against "all the hostages were freed"
                speaker = frame_or_none.speaker if frame_or_none else outlet(ctx)
                out.append(self._claim(ctx, sent, speaker, "event", "held", "", dates, verb=lemma(verb),
                                       quoted=_quoted(sent, verb)))
                continue
            if _one_still_missing(verb) and "missing" not in figure_measures:
                # "the family say he is still unaccounted for": one missing at least, against
                # "all workers have now been accounted for"
                speaker = frame_or_none.speaker if frame_or_none else outlet(ctx)
                out.append(self._claim(ctx, sent, speaker, "event", "missing", "", dates, verb=lemma(verb),
                                       quoted=_quoted(sent, verb)))
                continue
            no_such = _no_such_people(verb)
            if no_such is not None and no_such[1] not in figure_measures:
                # "we have no missing citizens", "there are no trapped miners": there are none
                # (of them: "we have no missing children" is said of children only)
                whose = _whose(no_such[0], ctx, frame_or_none)
                out.append(self._none_were(ctx, sent, frame_or_none, verb, no_such[1], whose, dates))
                continue
            if obj is None and frame_or_none is not None and _outbreak_under_way(verb) and (
                "cases" not in figure_measures
            ):
                # "a meningitis epidemic is under way in the region": there are cases
                if _under_denial(verb):
                    # "denied that an outbreak of plague was under way": none, as "no outbreak"
                    out.append(self._none_were(ctx, sent, frame_or_none, verb, "cases", "confirmed", dates))
                    continue
                out.append(self._claim(ctx, sent, frame_or_none.speaker, "event", "cases", "", dates,
                                       verb=lemma(verb), quoted=_quoted(sent, verb)))
                continue
            # ("there is no civilian who died": the parser makes the civilian the verb's object)
            if obj is None or frame_or_none is not None and _none_who_were(verb, obj) is not None:
                counted = _none_counted(verb)
                # (a body's own statement says what it found: "No death was recorded in Sokode")
                said = frame_or_none is not None or lx.OWN_STATEMENT.search(ctx.article.source) is not None
                if said and counted is not None and counted not in figure_measures:
                    # "the department said no deaths had been reported": there were none (the
                    # outlet's own "no deaths have been reported" says only none were known yet;
                    # "no deaths among children" are the children's)
                    counted_noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if counted == "cases" and counted_noun is None:  # "there are no confirmed cases"
                        counted_noun = next((c for c in verb.children if _no_cases_of(verb, c)), None)
                    if counted_noun is None:  # "there is no civilian who died"
                        counted_noun = next((c for c in verb.children if _none_who_were(verb, c)), None)
                    whose = _whose(counted_noun, ctx, frame_or_none) if counted in lx.PEOPLE_MEASURES else ""
                    if counted == "cases":
                        whose = _case_status(counted_noun, verb)  # none confirmed is not none suspected
                        if counted_noun is not None and lemma(counted_noun) in ("outbreak", "epidemic"):
                            # "no meningitis outbreak": none confirmed (suspected ones may be)
                            whose = "confirmed"
                    out.append(self._none_were(ctx, sent, frame_or_none, verb, counted, whose, dates))
                    continue
                verb_measure = lx.VERB_MEASURES.get(lemma(verb))
                # "no civilian was affected" by a strike: none harmed (not "no flights were
                # affected", nor "no residents were affected by the outage")
                harmed = (
                    lemma(verb) == "affect"
                    and any(c.dep_ == "nsubjpass" and lemma(c) in lx.CIVILIAN_NOUNS for c in verb.children)
                    and bool(lx.ATTACK_WORDS.search(low))
                )
                fallen = shared_subject(verb) if lemma(verb) == "fall" and _fell_in_action(verb) else None
                # "no soldier fell in the fighting": none killed (a fighter falls in battle)
                fell = fallen is not None and (lemma(fallen) in lx.MILITARY_NOUNS or _armed_members(fallen))
                if verb_measure == "casualties" or harmed or fell:
                    verb_measure = "deaths"  # "no civilian was harmed": nobody killed, at least
                if (
                    (lemma(verb) in lx.PEOPLE_VERBS or harmed or fell)
                    and verb_measure in lx.TALLY_MEASURES
                    # "no civilian was killed"; "denied that any civilians had been killed"
                    and (_negated(verb) or frame_or_none is not None and frame_or_none.denial)
                ):
                    # "no children were killed" is said of children only
                    victims = shared_subject(verb)
                    if victims is not None and _nobody(victims):
                        victims = _of_whom(victims) or victims  # "none of the villagers": of villagers
                    whose = _whose(victims, ctx, frame_or_none) if victims is not None else ""
                    if not _counted_apart(verb_measure, whose, out):
                        if victims is not None and (_a_few_named(victims) or lemma(victims) in lx.HELD_NOUNS):
                            # "the owners were not injured", "no hostages were killed": of them,
                            # not of the event
                            continue
                        if any(c.lower_ == "there" and c.dep_ == "advmod" for c in verb.children):
                            continue  # "nobody was hurt there" (in the shelter): of one spot
                        none = self._none_were(ctx, sent, frame_or_none, verb, verb_measure, whose, dates)
                        out.append(none)
                        continue
                missing = _none_are(verb)
                if missing and missing not in figure_measures:
                    # "no one was missing", "no one remains trapped", "all 46 were accounted for":
                    # there were none
                    out.append(self._none_were(ctx, sent, frame_or_none, verb, missing, "", dates))
                    continue
                gave_way = _gave_way(verb) or _went_down(verb)
                if gave_way is not None:
                    out.append(self._structure_gave_way(ctx, sent, frame_or_none, verb, gave_way, dates))
                    continue
                craft = _no_craft_did(verb)
                if craft is not None and frame_or_none is not None:
                    # "no vessel was waiting at anchor", "not a single train ran": none did
                    # what "22 ships were waiting" counts
                    did = f"{verb_key(lemma(verb))}|{_thing(craft)}"
                    if did not in figure_measures:
                        out.append(self._none_were(ctx, sent, frame_or_none, verb, did, "", dates))
                        continue
                nobody = _none_who(verb)
                people = f"{verb_key(lemma(verb))}|people"
                if nobody is not None and (lemma(verb) == "escape" or _escaped(lemma(nobody), verb)):
                    people = "escaped"  # "no inmate escaped", "nobody escaped"
                # ("none of its workers had been released" against "three were released")
                # (of anyone freed; not "no civilians were handed over" in a prisoner swap, nor
                # "none of the suspects were released on bail")
                whom = _none_of_what(nobody) if nobody is not None else None
                freed_one = (
                    whom is not None
                    and lemma(verb) in FREED_ACTS
                    and (lemma(whom) in FREEABLE or whom.lower_ in NOBODY | {"one"})
                    and not lx.CUSTODY_TALK.search(text_of(sent))
                    and not _whose(whom, ctx, frame_or_none)
                )
                people = FREED_ACTS[lemma(verb)] if freed_one else people
                # ("no worker will be dismissed": no job cut)
                cut = nobody is not None and not _for_a_cause(verb) and (
                    lx.VERB_OBJECT_MEASURES.get((lemma(verb), lemma(nobody))) == "job_cuts"
                )
                people = "job_cuts" if cut else people
                if nobody is not None and people not in figure_measures:
                    # "no inmate escaped", "nobody escaped": none did what "three inmates
                    # escaped" counts
                    whose = _whose(nobody, ctx, frame_or_none) if lemma(nobody) in lx.PERSON_NOUNS else ""
                    whose = _org_subject(verb, ctx) if cut else whose
                    out.append(self._none_were(ctx, sent, frame_or_none, verb, people, whose, dates))
                    continue
                # A state said, or denied by the speaker ("denied that the vessel had been
                # overloaded", "the gates were open" against "were locked")
                done_to = _done_to(verb) if frame_or_none is not None else None
                confirmed = _declared(verb, done_to[0], ctx.disease) if done_to and not done_to[1] else None
                if frame_or_none is not None and confirmed and not frame_or_none.denial:
                    # "a diphtheria outbreak has been confirmed in Siguiri": there are cases
                    out.append(self._claim(ctx, sent, frame_or_none.speaker, "event", confirmed, "", dates,
                                           verb=lemma(verb), quoted=_quoted(sent, verb)))
                    continue
                if frame_or_none is not None and done_to is not None:
                    # "a ransom had been paid": an act done to the ransom, which "no ransom was
                    # paid" denies (not a state of whatever was paid)
                    thing, negated = done_to
                    out.append(
                        self._claim(
                            ctx,
                            sent,
                            frame_or_none.speaker,
                            "rejection" if frame_or_none.denial else "event",
                            "act",
                            "",
                            dates,
                            # ("not a single kobo was paid as ransom": a ransom denied; "the rally was
                            # not authorised": whether it was allowed, _a_permission)
                            obj="ransom" if _paid_as_ransom(thing, verb, ctx.abduction) else
                            "permission" if _a_permission(lemma(verb), thing) else _thing(thing),
                            polarity="negate" if negated else "affirm",
                            verb=lemma(verb),
                            quoted=_quoted(sent, verb),
                        )
                    )
                    continue
                # (a body's own statement says what it holds: "The vessel was not overloaded", in
                # the operator's)
                own_word = frame_or_none is None and lx.OWN_STATEMENT.search(ctx.article.source) is not None
                found = _state_of(verb) if frame_or_none is not None or own_word else None
                if found is not None:
                    state, whose, polarity = found
                    denial = frame_or_none is not None and frame_or_none.denial
                    if denial and polarity == "negate" and frame_or_none and not _negated(frame_or_none.verb):
                        # "denied that any gate had been locked": the gates were open
                        denial, polarity = False, "affirm"
                    out.append(
                        self._claim(
                            ctx,
                            sent,
                            frame_or_none.speaker if frame_or_none else outlet(ctx),
                            "rejection" if denial else "event",
                            "act",
                            whose,
                            dates,
                            obj=state,
                            polarity=polarity,
                            # ("they were warned, and they did nothing": the warning given)
                            verb="warn" if _warned_a_body(verb) else "be",
                            quoted=_quoted(sent, verb),
                        )
                    )
                continue
            if frame_or_none is not None and _the_dead_were_civilians(verb, obj):
                # "the dead were all civilians": no fighter among them, against "killed four
                # operatives"
                out.append(self._none_were(ctx, sent, frame_or_none, verb, "deaths", "militant", dates))
                continue
            gave_way = _gave_way(verb) or _went_down(verb)
            if gave_way is not None:  # "no embankments had been breached"
                out.append(self._structure_gave_way(ctx, sent, frame_or_none, verb, gave_way, dates))
                continue
            obj = _whole_of(obj)  # "hit the upper floor of the hospital": the hospital
            if lemma(obj) == "control" and verb_key(lemma(verb)) == "capture":
                obj = _of_what(obj) or obj  # "took control of the army base": took the base
            # "fired on protesters" is an act, not a count of protesters
            # (but "lead to job losses" brings them about)
            aimed = obj.dep_ == "pobj" and obj.head.lower_ != "of" and lemma(verb) not in ("lead", "result")
            act_measure = None if aimed else _object_measure(verb, obj, ctx.disease)
            # "does not plan to shut the factory": the plan's negation is the act's
            unintended = verb is not clause_verb and lemma(clause_verb) in lx.INTENT_VERBS
            unintended = unintended and _negated(clause_verb)
            negated = _negated(verb) or _negated(obj) or unintended
            # (a demand read as the act: "neither the authorities nor the families had received
            # any ransom demand" says none was made)
            negated = negated or verb.pos_ == "NOUN" and verb.head.pos_ == "VERB" and _negated(verb.head)
            if _negated(verb) and _committed_not_to(verb):
                continue  # "signed pledges not to take part in gatherings": a promise, not none
            planned = _planned_act(verb, obj) if negated else None
            if planned is not None:
                verb, obj = planned  # "no plans to close any of our stores" denies closing stores
                act_measure = _object_measure(verb, obj, ctx.disease)
            sufferer = _fighters_who_suffered(verb) if lemma(verb) in lx.SUFFER_VERBS else None
            suffered = sufferer is not None and lemma(obj) == "loss"
            if negated and (suffered or _losses_among_fighters(obj)):
                act_measure = "casualties"  # "the rebels suffered no losses": none of them killed
            if negated and act_measure == "casualties":
                act_measure = "deaths"  # "no civilian casualties": nobody killed, whoever counts dead
            there_are = lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children)
            # (now, and of the hostages as such: not "there were no hostages taken there", "no
            # hostages in the town itself", "there would be no hostages left alive")
            there_are = there_are and verb.tag_ in ("VBP", "VBZ") and all(
                c.dep_ in ("det", "amod", "advmod") for c in obj.children
            )
            if act_measure == "captured" and ctx.abduction and there_are:
                act_measure = "held"  # "there are no more hostages": none still held
            if act_measure is None and not frame_or_none and not negated and not (
                _fired_at_a_crowd(verb) or _force_crossed_over(verb) or _use_of(verb) is not None
            ):
                continue
            if act_measure is not None and act_measure in figure_measures:
                continue  # "120,000 people took part": the figure claim says it already
            witnessed = lemma(verb) in lx.WITNESS_VERBS and _occurred(verb) is not None
            # ("confirmed a leak": a fact, not words)
            declared = _declared(verb, obj, ctx.disease) is not None
            said_only = lemma(verb) in lx.COMMUNICATION_VERBS and not (witnessed or declared)
            said_only = said_only and _thing(obj) not in lx.LIFE_JACKETS  # ("nobody gave us life jackets")
            if said_only or lemma(obj) in lx.NON_ACT_OBJECTS:
                continue  # "did not disclose the number" withholds; it denies nothing
            if lemma(verb) in lx.REMEMBRANCE_VERBS:
                continue  # "will never forget the sacrifices of our martyrs": no toll, no act
            if act_measure in lx.ORG_MEASURES and any(c.lower_ in lx.CUT_MANNERS for c in obj.lefts):
                continue  # "no compulsory redundancies": the cuts come some other way
            if negated and _said_of_every(verb):
                continue  # "every death in a hot week is not a heat death": a rule, not none
            if _negated(verb) and not _negated(obj) and _left_out_of_a_count(verb):
                continue  # "deaths are often not captured in the official figures": uncounted, not none
            if any(t.i in used for t in obj.subtree) and _attack_target(verb, lemma(verb), obj) is None:
                # the figure claim already speaks for this clause (not for where "two bombs"
                # were dropped)
                continue
            speaker = frame_or_none.speaker if frame_or_none else outlet(ctx)
            occurrence = _occurred(verb) is not None  # "a fire broke out": there was a fire
            loss = None
            if act_measure is None and not occurrence and verb_key(lemma(verb)) in lx.LOSS_VERBS:
                # "shot down a Ukrainian Su-27" and "lost no aircraft": one loss, and whose
                loss = _loss(verb_key(lemma(verb)), obj, verb, speaker)
                act_measure = loss[0]
            key_measure = act_measure or "act"
            if loss is not None:
                subject = loss[1]
            elif act_measure is None:
                subject = "" if occurrence else _agent(verb, ctx)
            elif act_measure in lx.ORG_MEASURES:
                subject = speaker.side if _subject_is_speaker(verb) else _org_subject(verb, ctx)
            elif act_measure in lx.TALLY_MEASURES and negated and suffered:
                subject = _whose(sufferer, ctx, frame_or_none)  # "the rebels suffered no losses": theirs
            elif act_measure in lx.TALLY_MEASURES and negated and _suffered_by_the_speaker(verb, speaker):
                # "Baku said it had suffered no casualties"
                subject = f"{country_in([speaker.side])} military"
            elif act_measure in lx.TALLY_MEASURES:
                subject = _whose(obj, ctx, frame_or_none)  # "no civilian casualties": civilians
                among = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "among"), None)
                group = next((c for c in among.children if c.dep_ == "pobj"), None) if among else None
                if not subject and group is not None and lemma(group) in lx.PERSON_NOUNS:
                    subject = _whose(group, ctx, frame_or_none)  # "no loss of life among Pakistani troops"
                ranks = _ranks_of(obj)
                if not subject and ranks is not None:
                    # "no loss in the ranks of the FAMa": the fighters of Mali's army
                    whose = _whose(ranks, ctx, frame_or_none).removesuffix("military").strip()
                    subject = f"{whose} military".strip()
            else:
                subject = ""
            obj_words = _thing(obj) if act_measure is None else ""
            if act_measure is None and _paid_as_ransom(obj, verb, ctx.abduction):
                obj_words = "ransom"  # "not a single kobo was paid as ransom" denies a ransom paid
            incident = _incident(obj)
            if act_measure is None and lemma(verb) == "be" and incident:
                # "there was no engine fire", "there was a fire in the left engine": a fire
                obj_words = incident
            act_verb = "be" if occurrence else lemma(verb)
            if (seen := _seen_firing(verb)) is not None:
                act_verb, (subject, obj_words) = "use", seen  # "saw police fire tear gas": police used it
            if act_measure is None and act_verb == "be" and _there_in_a_thing(verb, obj):
                act_verb = "find"  # "there is no salmonella in any of our products": none found
            idiom = False
            if act_measure is None:  # "opened fire" is firing shots
                idiom = (act_verb, obj_words) in lx.ACT_IDIOMS
                act_verb, obj_words = lx.ACT_IDIOMS.get((act_verb, obj_words), (act_verb, obj_words))
                if _a_permission(act_verb, obj):
                    # "had permission from the harbour master to sail" and "had not authorised the
                    # boat to leave", "received written permission to hold a meeting" and "the rally
                    # was not authorised": one question, whether it was allowed
                    act_verb, obj_words = "authorise", "permission"
                if act_verb == "discharge" and obj_words in lx.LIVE_ROUNDS | {"weapon", "firearm", "gun"}:
                    act_verb = "use"  # "not a single live round was discharged": none fired
                fired_with = next((o for o in _objects_of(verb, "with") if _thing(o) in lx.LIVE_ROUNDS), None)
                if idiom and obj_words == "shot" and fired_with is not None:
                    # "opened fire with live ammunition": what was fired
                    obj_words = _what_was_fired(fired_with, _thing(fired_with))
                if verb_key(act_verb) == "use":
                    obj_words = _what_was_fired(obj, obj_words)
                if obj.dep_ == "pobj" and act_verb in lx.FIRE_AT_VERBS:
                    act_verb = "attack"  # "fired on the village" attacked it
                attacked = _attack_target(verb, act_verb, obj)
                if attacked is not None:
                    # "carried out a strike on a gathering of personnel" attacked the gathering;
                    # "did not carry out strikes on medical facilities" denies another attack
                    act_verb, obj = "attack", _whole_of(attacked)
                    obj_words = _thing(obj)
            # "an earthquake struck the province" is no attack on a place
            # (the hazard as the subject, or the agent: "no village was reached by the flames")
            struck_by_nature = any(
                lx.TOPICS.get(lx.THING_CANON.get(lemma(c), lemma(c))) in lx.NATURAL_HAZARDS  # ("flames")
                for c in (*(c for c in verb.children if c.dep_ == "nsubj"), *_agents(verb))
            )
            aimed_at = _place_named(obj) if act_measure is None and not struck_by_nature else None
            if struck_by_nature and lemma(obj) in lx.COMMUNITY_WORDS:
                # "no village or indigenous community was reached by the flames", "the fire
                # entered the community of Palmarito": one question, whether it reached people's homes
                obj_words = "village"
            if (
                aimed_at is None
                and act_measure is None
                and verb_key(act_verb) == "capture"
                and obj.pos_ == "PROPN"
                and obj.ent_type_ not in ("PERSON", "NORP")
            ):
                # what a side takes by name is a place, whatever the model tags it ('had
                # "liberated" Sange', read as a predicate: _act_object)
                aimed_at = " ".join(t.lower_ for t in noun_phrase(obj) if t.pos_ == "PROPN")
            if aimed_at is not None:
                obj_words = "place"  # "shelled the village of Lesno": which one, its places say
            elif act_measure is None and verb_key(act_verb) == "capture" and lemma(obj) in lx.HELD_PLACES:
                obj_words = lx.HELD_PLACES[lemma(obj)]  # "took the army base", "the camp is ours"
            elif act_measure is None and verb_key(act_verb) == "attack" and obj.pos_ == "NOUN":
                # "hit the maternity hospital", "struck the hospital" and "strikes on medical
                # facilities" meet
                obj_words = lx.ATTACKED_CANON.get(lemma(obj), lemma(obj))
                if obj_words in ("facility", "institution", "centre", "center") and any(
                    lemma(c) in ("medical", "health") for c in obj.children
                ):
                    obj_words = "hospital"
                if obj_words in ("building", "site", "facility") and any(
                    lemma(c) == "religious" for c in obj.children
                ):
                    obj_words = "religious building"  # "no religious building was hit": the monastery
            # (not "its forces strike only military targets": what a side always does)
            habitual = verb.tag_ in ("VBP", "VBZ") and not negated
            struck = verb_key(act_verb) in ("attack", "destroy")
            struck_or_denied = struck or negated and act_verb in ("be", "have")
            if act_measure is None and struck_or_denied and not habitual and _military_object(obj):
                # "struck a deployment point of Ukrainian units", "hit a workshop where drones were
                # assembled" against "there was no military facility near the building": one
                # question, whether what was hit was a military target
                act_verb, obj_words = "attack", "military target"
            if lemma(verb) == "alert" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
                act_verb = "warn"  # "alerted management to the danger" (not "alerted the fire brigade")
            if act_measure is None and _into_territory(verb) is not None:
                # "entered twelve kilometres inside the national territory", "never set foot on
                # Mauritanian territory", "crossed into the Tenhamad area": one act, an incursion
                act_verb, obj_words = "cross", "border"
            if act_measure is None and verb_key(act_verb) == "receive" and _an_order_to_fix(obj):
                # "had issued a written order to the company", "did not receive any notice from the
                # authorities": a warning, as "the mine never received any warning" means one
                obj_words = "warning"
            if act_measure is None and (_ordered_to_act(verb, obj) or _served_with_an_order(verb, obj)):
                # "had ordered Petrol Mallakastra in June to replace corroded valves", "had served
                # Agroquímica Paranaense with a formal notice on August 14 ordering it to reduce ..."
                act_verb = "warn"
            if act_measure is None and obj_words in lx.LIFE_JACKETS and _life_jackets_aboard(verb):
                # "all passengers were wearing life jackets", "were issued life jackets", "nobody
                # gave us life jackets", "none of us had a life jacket": one question, whether
                # those aboard had them
                act_verb, obj_words, subject = "have", "life jacket", ""
            kind = "rejection" if frame_or_none and frame_or_none.denial else "event"
            ctx.last_claim_counts = False
            act = self._claim(
                ctx,
                sent,
                speaker,
                kind,
                key_measure,
                subject,
                dates,
                obj=obj_words,
                # ("opened fire", "no exchange of fire": shots, as an alert tells it)
                phrase=f"{obj_words}s" if idiom else " ".join(t.text for t in noun_phrase(obj)),
                polarity="negate" if negated else "affirm",
                verb=act_verb,
                quoted=_quoted(sent, verb),
                target=aimed_at or "",
            )
            if kind == "rejection" and (owner := rejected_owner(obj)):
                act = replace(act, target_side=owner)  # "rejected the ministry's finding that ..."
            out.append(act)
            if act_measure is None and verb_key(act_verb) == "use" and aimed_at is None:
                # "did not use tear gas, rubber bullets or any other means": each one
                out += [
                    replace(act, key=f"use|{_what_was_fired(also, _thing(also))}",
                            figure_text=" ".join(t.text for t in noun_phrase(also)))
                    for also in obj.conjuncts
                    if also.pos_ == "NOUN"
                    and (lemma(also) in lx.CROWD_WEAPONS or _thing(also) in lx.FIREARMS)
                    # (not "did not use live rounds but rubber bullets", "only tear gas"; but
                    # "fired shotguns and pistols" fired each)
                    and not any(c.lower_ in ("but", "only") or c.lower_ == "and" and negated
                                for c in obj.subtree)
                ]
                special = any(c.lower_ == "special" for c in obj.children) and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in obj.children
                )  # (not "no illegal means were used to influence the vote", "means of transport")
                if negated and lemma(obj) == "mean" and special:
                    # "no special means were used against the citizens": none of the means police
                    # turn on a crowd, each of them denied
                    out += [replace(act, key=f"use|{thing}") for thing in sorted(lx.CROWD_WEAPON_THINGS)]
            if occurrence:  # "an explosion and a large fire broke out": each happened
                out += [
                    replace(act, key=f"{verb_key(act_verb)}|{_thing(also)}",
                            figure_text=" ".join(t.text for t in noun_phrase(also)))
                    for also in obj.conjuncts
                    if also.pos_ == "NOUN" and (lemma(also) in lx.TOPICS or lemma(also) in lx.INCIDENT_NOUNS)
                ]
            weapon = _striking_weapon(verb) if verb_key(act_verb) == "attack" and not negated else None
            if weapon is not None and act_measure is None:
                # "drones struck the refinery": some drone got through (against "all the
                # drones were shot down")
                out.append(
                    self._claim(ctx, sent, speaker, "event", "act", "", dates, obj=weapon, phrase=weapon,
                                verb="land", quoted=_quoted(sent, verb))
                )

        out.extend(self._held_places(sent, ctx, frames, dates))
        out.extend(self._fire_across(sent, ctx, frames, dates))
        out.extend(self._who_opened_fire(sent, ctx, frames, dates))
        out.extend(self._severance(sent, ctx, frames, dates))
        out.extend(self._weapons_stopped(sent, ctx, frames, dates))
        out.extend(self._hurt_by_crowd_weapons(sent, ctx, frames, dates, out))
        out.extend(self._under_control(sent, ctx, frames, dates))
        if ctx.abduction and "held" not in {c.measure for c in out}:
            out.extend(self._freeing_of_all(sent, ctx, frames, dates))
        out.extend(self._places_struck(sent, ctx, frames, dates))
        out.extend(self._closing_plans(sent, ctx, frames, dates))
        out.extend(self._operating(sent, ctx, frames, dates, out))
        # (one reading of each: "be|inspected", "pass|safety inspection", "rule|circuit" say it again)
        readers = (
            (self._causes, lx.CAUSE_TALK),
            (self._inspections, lx.INSPECTION_TALK),
            (self._pipe_bursts, lx.BURST_TALK),
        )
        for reader, talk in readers:
            readings = list(reader(sent, ctx, frames, dates))
            if readings:
                out[:] = [c for c in out if not (c.measure == "act" and talk.search(c.key))] + readings
        if denial_phrase or any(f.denial for f in frames):
            out.extend(self._figure_rejections(sent, ctx, frames, dates, out))
        out.extend(self._reports_rejected(sent, ctx, frames, dates, out))
        if frames:
            # the teller of the sentence, not one it reports ("Wilk rejected the union's claim
            # that it had warned management": Wilk, whom the next "he said" goes on with)
            verbs = {f.verb.i for f in frames}
            tellers = [f for f in frames if not any(a.i in verbs for a in f.verb.ancestors)]
            ctx.last_speaker = (tellers or frames)[-1].speaker
        ctx.last_org = org_subject_of(sent, ctx) or ctx.last_org
        if dates.event and ctx.main_event_date is None and _news_of(dates.event, ctx.published):
            # (not "a second strike next week": the day of what the report tells is past; nor
            # "served a notice on August 14" in November's report of a blast: a background day)
            ctx.main_event_date = dates.event
        if dates.event and dates.event <= ctx.published:  # (not "the governor will visit on Thursday")
            ctx.last_event_date = dates.event
            # (a day of the week's news: not "last month, on March 12, police fired tear gas in
            # Kumasi as well")
            if (ctx.published - dates.event).days <= PLACE_DAY_MAX_AGE_DAYS:
                dated = (p for c in out if c.event_date for p in real_places(c.places))
                ctx.dated_places.update((p, dates.event) for p in dated)
        return out

    def _figure_rejections(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates, out: list[Claim]
    ) -> list[Claim]:
        """ "The ministry's figures were a fiction", "rejected the union's count": a rejection
        of what the figure counts ("the ministry's count of the march"), else of whatever the
        article last counted, with no number of its own."""
        if any(c.kind == "rejection" for c in out):
            return []
        found = []
        for tok in sent:
            if lemma(tok) not in lx.FIGURE_NOUNS or any(c.like_num for c in tok.subtree):
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "at" and lemma(tok) == "level":
                continue  # "a communication gap at the district level": a tier, not a count
            owner = next((c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")), None)
            if owner is None:
                continue
            frame = frame_for(tok, frames)
            if frame is None and not _says_denial(text_of(sent).lower()):
                continue
            target = side_named(owner)
            speaker = frame.speaker if frame else outlet(ctx)
            if not target or target == speaker.side:
                continue
            measured = _measure_counted_by(tok) or ctx.last_measure
            if measured is None:
                continue
            measure, subject = measured
            claim = self._claim(ctx, sent, speaker, "rejection", measure, subject, dates, phrase=tok.text)
            found.append(replace(claim, target_side=target))
            break
        return found or self._allegations_rejected(sent, ctx, frames, dates)

    def _reports_rejected(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates, out: list[Claim]
    ) -> list[Claim]:
        """ "Reports of a fire at the depot are untrue", "denied reports of an explosion":
        there was no fire, no explosion (a thing that happens, not a figure)."""
        found = []
        for tok in sent:
            if lemma(tok) not in lx.CLAIM_NOUNS - lx.FIGURE_NOUNS:
                continue
            frame = frame_for(tok, frames)
            false_said = tok.dep_ == "nsubj" and _said_false(tok.head)
            denied = tok.dep_ == "dobj" and frame is not None and frame.denial and tok.head.i == frame.verb.i
            if not (false_said or denied):
                continue
            for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for thing in (c for c in of.children if c.dep_ == "pobj" and lemma(c) in lx.TOPICS):
                    if any(c.key == f"be|{_thing(thing)}" for c in out):
                        continue
                    speaker = frame.speaker if frame else outlet(ctx)
                    found.append(
                        self._claim(ctx, sent, speaker, "event", "act", "", dates, obj=_thing(thing),
                                    phrase=thing.text, polarity="negate", verb="be")
                    )
        return found

    def _allegations_rejected(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> list[Claim]:
        """ "The chairman rejected the accusations": with nothing said of what they are, they
        are the figure another side gave last ("the commission added half a million ballots"),
        unless an act was said since ("shelled the village, damaging 14 houses")."""
        if ctx.last_measure is None or not ctx.last_claim_counts or _accused_just_before(sent):
            return []
        for frame in frames:
            # "the accusations", not "the accusations of fraud": nothing said of what they are
            rejected = [
                c for c in frame.verb.children
                if c.dep_ == "dobj" and lemma(c) in lx.ALLEGATION_NOUNS and len(list(c.children)) <= 1
                and not any(  # "reports of violence" (not "the claims by the opposition": whose)
                    g.dep_ in ("acl", "relcl") or g.dep_ == "prep" and g.lower_ != "by" for g in c.children
                )
            ]
            side = ctx.last_measure_side
            if frame.denial and rejected and side and side != frame.speaker.side:
                measure, subject = ctx.last_measure
                claim = self._claim(
                    ctx, sent, frame.speaker, "rejection", measure, subject, dates, phrase=rejected[0].text
                )
                return [replace(claim, target_side=side)]
        # "The report is false," the chief executive said.
        for tok in sent:
            if not (
                tok.dep_ == "nsubj"
                and lemma(tok) in lx.ALLEGATION_NOUNS
                and not any(c.dep_ in ("prep", "acl", "relcl") for c in tok.children)
                and _said_false(tok.head)
            ):
                continue
            outside = [f for f in frames if not sent.start <= f.verb.i < sent.end]  # a quotation's
            said_by = frame_for(tok, frames) or (outside[0] if outside else None)
            side = ctx.last_measure_side
            if said_by is not None and side and side != said_by.speaker.side:
                measure, subject = ctx.last_measure
                claim = self._claim(
                    ctx, sent, said_by.speaker, "rejection", measure, subject, dates, phrase=tok.text
                )
                return [replace(claim, target_side=side)]
        return []

    def _closing_plans(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """A company's plans for its plants, sites and mines: "will close the Plauen plant",
        "plans to close its plant in Zwickau", "the site would be shut down by 2029" (closing
        it) against "we will not close the Plauen plant", "there are no plans to close the
        Chemnitz site", "no plant will be closed" (ruling it out). A closing planned and one
        ruled out meet for weeks, as "no plans for layoffs" meets the cuts announced
        (detect.dates_compatible); a closing that happened ("the plant closed in 2019", "was
        shut by the strike") is no plan."""
        if not CLOSING_WORDS.search(text_of(sent)):
            return  # most sentences: no need to walk the parse
        for verb in sent:
            if verb.pos_ != "VERB" or lemma(verb) not in ("close", "shut"):
                continue
            works = _works_closed(verb, ctx)
            if works is None or not _planned(verb) or _closing_put_off(verb) or _no_plan_told(verb):
                continue
            frame = frame_for(verb, frames)
            if _closed_by_others(verb, frame):
                continue  # "the strike will shut the plant", "the ministry said it would shut it"
            if frame is not None and _told_weeks_ago(frame.verb):
                continue  # "three weeks ago the company denied a report that it would shut it"
            company = _closing_company(verb, works, frame)  # "": the report's (_plans_of_its_company)
            ruled_out = _closing_ruled_out(verb, works)
            yield self._closing(ctx, sent, frame, dates, company, works, ruled_out, verb)
            return  # one sentence, one plan
        for closing in sent:
            named = _closing_named(closing)
            if named is None:
                continue
            works, ruled_out = named
            frame = frame_for(closing.head, frames)
            if frame is not None and (_told_weeks_ago(frame.verb) or _closed_by_others(closing.head, frame)):
                continue
            yield self._closing(ctx, sent, frame, dates, "", works, ruled_out, closing)
            return

    def _closing(
        self, ctx: ArticleContext, sent: Span, frame: Frame | None, dates: SentenceDates, company: str,
        works: Token, ruled_out: bool, told_by: Token,
    ) -> Claim:
        """The claim of a closing planned or ruled out (`told_by`: its verb or noun)."""
        speaker = frame.speaker if frame else outlet(ctx)
        claim = self._claim(
            ctx, sent, speaker, "event", "closures", company, dates,
            phrase=" ".join(t.text for t in noun_phrase(works)),
            polarity="negate" if ruled_out else "affirm",
            verb="close",
            quoted=_quoted(sent, told_by),
        )
        # its day is the day it is said ("by the end of 2026" is when, not what of); its place
        # the plant's own ("the Chemnitz site", "its plant in Zwickau"): two plants' plans are
        # two plans
        where = _works_places(works)
        places = tuple(place_key(w.lower()) for w in where) if where else claim.places
        return replace(claim, event_date=None, context_date=None, period=None, long_run=False, places=places)

    def _operating(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates, said: list[Claim]
    ) -> Iterable[Claim]:
        """Whether a plant, port or service works: "the enterprise is operating normally",
        "bus lines operated normally" against "the refinery halted its main unit", "services
        were suspended", "no bus line ran"."""
        if not lx.OPERATING_WORDS.search(text_of(sent)):
            return  # most sentences: no need to walk the parse
        for verb in sent:
            state = _operating_state(verb)
            if state is None:
                continue
            thing, working = state
            facility = _facility_kind(thing)
            if any(c.key == f"operate|{facility}" for c in said):
                continue  # one sentence, one word on it
            if facility == "airspace" and _open_or_closed_to(verb):
                continue  # "closed its airspace to Indian airlines": to some, open to others
            if _in_a_rejected_claim(verb) or _under_denial(verb):
                # "denied a union report that it plans to shut its plant", "denied that it plans
                # to close its factory": a closing ruled out (_closing_plans), no plant stopped
                continue
            if _not_known_of(verb):
                continue  # "had not been informed of any plans to close the plant": no word on it
            frame = frame_for(verb, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            yield self._claim(
                ctx, sent, speaker, "event", "act", _facility_owner(thing, verb, speaker, ctx.region), dates,
                obj=facility,
                phrase=facility,
                polarity="affirm" if working else "negate",
                verb="operate",
                quoted=_quoted(sent, verb),
            )

    def _weapons_stopped(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """ "all the drones were shot down", "intercepted all drones that approached": none got
        through to hit anything."""
        if "all" not in text_of(sent).lower():
            return
        for weapon in sent:
            kind = lx.STRIKING_WEAPONS.get(lemma(weapon))
            if kind is None or not any(c.lower_ == "all" for c in weapon.children):
                continue
            if any(c.lower_ == "but" for c in weapon.subtree):
                continue  # "all but three of the drones"
            # the verb that stopped them, however the parser hung "all the drones" on it
            verb = next(
                (v for v in sent if v.pos_ == "VERB" and verb_key(lemma(v)) in ("intercept", "destroy")), None
            )
            if verb is None:
                continue
            frame = frame_for(verb, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            yield self._claim(ctx, sent, speaker, "event", "act", "", dates, obj=kind, phrase=kind,
                              polarity="negate", verb="land", quoted=_quoted(sent, verb))

    def _hurt_by_crowd_weapons(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates, said: list[Claim]
    ) -> Iterable[Claim]:
        """ "she was hit by tear gas", "a wound caused by a rubber bullet", "injuries consistent
        with rubber bullets": the weapon was used, against "police did not use tear gas"."""
        for weapon in sent:
            # ("treated five protesters for rubber bullet wounds": the weapon names the wound)
            named_wound = weapon.dep_ == "compound" and lemma(weapon.head) in lx.WOUND_WORDS
            # ("admitted with gunshot wounds": live rounds, though no one says who fired them)
            gunshot = named_wound and lemma(weapon) == "gunshot"
            weapon_named = lemma(weapon) in lx.CROWD_WEAPONS or gunshot
            if not weapon_named or weapon.dep_ != "pobj" and not named_wound:
                continue
            prep, hurt = (weapon, weapon.head) if named_wound else (weapon.head, weapon.head.head)
            by_it = prep.lower_ == "by" and lemma(hurt) in lx.HURT_BY_VERBS
            like_it = named_wound or prep.lower_ in ("with", "from") and lemma(hurt) in lx.WOUND_WORDS
            # ("breathing problems consistent with exposure to tear gas")
            exposed = prep.lower_ == "to" and lemma(hurt) in ("exposure", "expose") and _exposure_told(hurt)
            if not (by_it or like_it or exposed) or _negated(hurt):
                continue
            thing = "live ammunition" if gunshot else _what_was_fired(weapon, _thing(weapon))
            # (a wound names what hit: "bullet wounds" are of live rounds, not "rubber bullet wounds")
            less_lethal = any(lemma(t) in lx.LESS_LETHAL_WORDS for t in (*weapon.head.lefts, *weapon.lefts))
            # ("a wound to his thigh caused by a live round": the wound's cause)
            wound = hurt.head.head.head if hurt.head.dep_ == "pobj" else hurt.head  # ("a wound to his thigh")
            caused_wound = by_it and lemma(hurt) == "cause" and lemma(wound) in lx.WOUND_WORDS
            # (at a protest, where police deny firing them; not "bullet wounds in the attack")
            live_wound = (named_wound or caused_wound) and thing == "live ammunition" and not less_lethal
            # (not "none had gunshot wounds", "treated after an armed robbery", "in 2017")
            live_wound = live_wound and "protest" in ctx.topics and not _wounds_denied_or_others(weapon.head)
            if thing not in lx.CROWD_WEAPON_THINGS and not live_wound:
                continue  # (not a rocket-propelled grenade, artillery rounds, a stray bullet)
            if any(c.key == f"use|{thing}" for c in said):
                continue  # the sentence says it was used already
            frame = frame_for(hurt, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            yield self._claim(ctx, sent, speaker, "event", "act", "", dates, obj=thing,
                              phrase=" ".join(t.text for t in noun_phrase(weapon)), verb="use",
                              quoted=_quoted(sent, hurt))

    def _causes(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """What caused the event a report is about, told or ruled out: "the fire was caused by
        an electrical short circuit", "a burst water main triggered the sinkhole", "police blamed
        the blast on a gas leak" against "ruled out a short circuit", "third-party chargers played
        no role", "found no evidence of a short circuit", "was not caused by a gas leak"."""
        text = text_of(sent)
        if lx.CAUSE_TALK.search(text) is None:
            return
        for tok in sent:
            told = _cause_told(tok)
            if told is None:
                continue
            verb, cause, denied = told
            if has_future_aux(verb) or with_a_modal(verb) and not _cannot(verb) or not _said_outright(verb):
                # "could have been caused by", "examining whether it was caused by" (but "cannot
                # be linked" rules it out)
                continue
            # ("no evidence of" and "played no role" are an inquiry's words; "ruled out" may be a plan's)
            inquired = lemma(verb) != "rule" or lx.INVESTIGATION_TALK.search(text) is not None
            if not _a_cause(cause) or denied and not inquired:
                continue  # "the police played no role", "ruled out new taxes": no cause
            frame = frame_for(verb, frames)
            # ("police ruled out arson", "Britain blamed the poisoning on X": who acted holds so)
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            acting = doer is not None and doer.pos_ != "PRON" and not _a_cause(doer) and doer.i != cause.i
            speaker = frame.speaker if frame else outlet(ctx)
            if frame is None and acting and doer is not None:
                speaker = acting_speaker(doer, ctx)
            if denied and _negated(verb):
                continue  # "has not ruled out arson": left open
            negated = denied or _negated(verb)  # ("was not caused by a gas leak")
            if frame is not None and frame.denial:
                negated = not negated
            named = " ".join(t.text for t in cause.subtree if t.i <= cause.i and t.dep_ != "det")
            # (which event it caused, where the sentence says: a fire's cause is not a collapse's)
            events = (lemma(t) for t in sent if t.i != cause.i and lemma(t) in lx.CAUSED_EVENTS | {"death"})
            caused = next(events, "")
            yield self._claim(ctx, sent, speaker, "event", lx.CAUSE, _cause_named(cause), dates,
                              phrase=named, polarity="negate" if negated else "affirm", verb=caused,
                              quoted=_quoted(sent, verb))

    def _inspections(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """ "the bridge had been inspected in March", "the mine passed a safety inspection"
        against "had not been inspected since 2021", "had never been inspected", "received no
        structural inspection": whether the thing was inspected, which a collapse's reports
        dispute (not "will be inspected", nor an inspection certificate: a document)."""
        if lx.INSPECTION_TALK.search(text_of(sent)) is None:
            return
        for tok in sent:
            inspected = _inspected(tok) or _certified(tok)
            if inspected is None:
                continue
            verb, thing, denied = inspected
            doubted = any(c.dep_ == "mark" and c.lower_ in lx.DOUBT_MARKS for c in verb.children)
            doubted = doubted or has_future_aux(verb) or with_a_modal(verb)
            if doubted or verb.dep_ in ("xcomp", "advcl", "acl"):
                continue  # "is to be inspected", "should have been", "whether it was": not said done
            if _an_inspection_of_its_own(verb, dates, ctx, inspecting="inspect" in tok.lower_):
                continue  # "police inspected the bus on Tuesday", "not inspected at the checkpoint"
            frame = frame_for(verb, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            negated = denied or _negated(verb)
            if frame is not None and frame.denial:
                negated = not negated  # "denied that the bridge had not been inspected": it was
            # (when it was inspected is the thing's history, not the day of the event the
            # report is about: only the day it was said dates the claim)
            said = SentenceDates(statement=dates.statement)
            yield self._claim(ctx, sent, speaker, "event", lx.INSPECTED, thing, said, phrase=tok.text,
                              polarity="negate" if negated else "affirm", quoted=_quoted(sent, verb))

    def _freeing_of_all(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """ "permitted the liberation of the totality of the hostages", a translation's "all the
        hostages were freed": none is held any more (`_all_freed`, told by a noun)."""
        for freeing in sent:
            if lemma(freeing) not in FREEING_NOUNS or freeing.pos_ != "NOUN":
                continue
            whom = next(iter(_objects_of(freeing, "of")), None)
            if whom is not None and lemma(whom) in WHOLE_WORDS:
                whom = _of_what(whom)  # ("the totality of the hostages")
            elif whom is not None and not any(c.lower_ == "all" for c in whom.children):
                continue  # ("the release of two hostages": some of them)
            verb = verb_above(freeing.head)
            # (a freeing done: not "demanded the release of all the hostages", "will secure")
            done = lemma(verb) in FREEING_DONE_VERBS and verb.tag_ in ("VBD", "VBN", "VBZ")
            done = done and not (_negated(verb) or with_a_modal(verb) or has_future_aux(verb))
            held = whom is not None and lemma(whom) in lx.HELD_NOUNS
            if not held or not done or lx.EXCEPTING.search(text_of(sent)):
                continue
            yield self._none_were(ctx, sent, frame_for(freeing, frames), verb, "held", "", dates)
            return

    def _under_control(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """ "the situation is under control", "we have the outbreak under control" against "this
        is not an outbreak under control", "an epidemic far from under control" (not "under
        the control of the army", which says who holds a place: `_held_places`)."""
        if "control" not in text_of(sent):
            return
        for control in sent:
            under = control.head
            if control.lower_ != "control" or control.dep_ != "pobj" or under.lower_ != "under":
                continue
            if any(True for _ in control.children):
                continue  # "under the control of", "under our control"
            holder = under.head
            far = holder.lower_ == "from" and any(c.lower_ == "far" for c in holder.children) or (
                holder.lower_ == "from" and holder.head.lower_ == "far"
            )
            verb = verb_above(holder)
            if verb.pos_ not in ("VERB", "AUX") or _may_come_to(verb) or with_a_modal(verb):
                continue  # "hopes to bring the fire under control by Friday"
            if verb.dep_ in ("xcomp", "advcl") or any(c.dep_ == "mark" for c in verb.children):
                continue  # "has yet to be brought", "failed to bring", "whether it is": not said
            said_of = [*verb.children, holder, *([verb.head] if verb.dep_ == "relcl" else [])]
            held = [c for c in said_of if c.pos_ == "NOUN"]  # ("an epidemic that is far from ...")
            if not any(lemma(c) in lx.CONTROLLED_THINGS for c in held):
                continue  # what is under control says which question it answers (not inflation)
            if any(c.lower_ in lx.PARTLY_WORDS for c in under.children) or any(
                c.lower_ in lx.PARTLY_WORDS for c in verb.children
            ):
                continue  # "largely under control": partly
            frame = frame_for(verb, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            negated = far or _negated(verb) or (frame is not None and frame.denial)
            yield self._claim(ctx, sent, speaker, "event", "act", "", dates, obj="under control",
                              polarity="negate" if negated else "affirm", verb="be",
                              quoted=_quoted(sent, verb))

    def _places_struck(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """A named village or town a disaster spared or struck: "Baira was not affected", "the
        village of Brep had been spared", "Sataua had come through without major damage", "the
        hamlets, including Chañi Bajo, reported no damage" against "Wintua has been flattened",
        "the village of Baira had been swept away", "found it buried under mud". One question of
        one place (STRUCK_KEY), whoever tells it and in whatever words."""
        report: str | None = None  # (the report's text, `_folded` once a verb calls for it)
        for verb in sent:
            struck = _struck_or_spared(verb)
            if struck is None:
                continue
            if report is None:
                if not _a_disaster_report(ctx):
                    return
                report = _folded(ctx.article.text)
            if _not_told_as_so(verb):
                continue  # "it was not yet clear whether Baira had been affected", "could be swept away"
            told_as = _a_report_told(verb)
            called_false = told_as is not None and _report_called_false(told_as)
            denied = told_as is not None and told_as.dep_ == "dobj" and lemma(told_as.head) in lx.DENIAL_VERBS
            if told_as is not None and not denied and not called_false:
                continue  # "reports that Baira had been buried": someone's, not the teller's
            frame = frame_for(verb, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            if _negated(verb) or frame is not None and frame.denial:
                struck = not struck  # "Baira was not affected", "was not spared"
            if called_false:
                struck = not struck  # "reports that Baira had been buried were wrong"
            named = sentence_places(sent, speaker, ctx)
            for place in _places_it_befell(verb, sent, named, ctx.region, ctx.person_sides, report):
                told = self._claim(ctx, sent, speaker, "event", "act", "", dates, obj=lx.STRUCK_OBJ,
                                   verb=lx.STRUCK_VERB,
                                   polarity="affirm" if struck else "negate", quoted=_quoted(sent, verb))
                yield replace(told, places=(place,))

    def _fire_across(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """ "The Thai artillery shells fell on the village of Kouk Sralau" against "the Thai
        artillery did not fire into the Cambodian territory", "not a single Nigerian shell landed
        on Cameroonian soil", "our forces did not fire a single rocket toward Thai territory":
        one question, whether a side's fire fell on the other's ground. Told by whose ground it
        fell on ("cambodia"), or as not the firer's own ("not thailand")."""
        if not any(lemma(t) in FIRE_WORDS for t in sent):
            return  # most sentences: no need to walk the parse
        for verb in sent:
            fire = _fire_told(verb)
            if fire is None:
                continue
            munition, target = fire
            frame = frame_for(verb, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            ground = _whose_ground(munition, target, verb, speaker, ctx)
            if not ground:
                continue
            kind = lx.FIRED_ON_KINDS.get(lemma(target), "") if target is not None else ""
            ground = f"{ground} {kind}".strip()  # ("not thailand village")
            negated = _negated(verb) or munition is not None and _says_none(munition)
            if frame is not None and frame.denial:
                negated = not negated
            yield self._claim(ctx, sent, speaker, "event", "act", ground, dates, obj=lx.FIRE_ACROSS_OBJECT,
                              phrase=" ".join(t.text for t in noun_phrase(munition or target or verb)),
                              polarity="negate" if negated else "affirm", verb="attack",
                              quoted=_quoted(sent, verb))

    def _pipe_bursts(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """ "a sewer main had burst", "the contamination followed a break in a water main"
        against "there had been no burst main in the area", "no breaks or repairs in the
        network": one question, whether a pipe of the supply burst."""
        if not lx.BURST_WORDS.search(text_of(sent)):
            return  # most sentences: no need to walk the parse
        for word in sent:
            told = _burst_told(word)
            if told is None:
                continue
            frame = frame_for(word, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            negated = told
            if frame is not None and frame.denial:
                negated = not negated
            yield self._claim(ctx, sent, speaker, "event", "act", "", dates, obj=lx.BURST_OBJECT,
                              phrase=" ".join(t.text for t in noun_phrase(word)),
                              polarity="negate" if negated else "affirm", verb="be",
                              quoted=_quoted(sent, word))
            return  # one reading a sentence

    def _who_opened_fire(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """ "the troops of the Thai army have opened the fire on our positions" against "the
        soldiers of the Cambodia have opened fire on the Thai patrol": each side says the other
        started it. Told by the side said to have started it ("thailand", or "not eritrea" for
        "the enemy" in Eritrea's report)."""
        for verb in sent:
            if not _fight_started(verb):
                continue
            frame = frame_for(verb, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            starter = _starter(verb)
            if starter is None:
                continue
            side = _whose_side(list(starter.subtree), speaker, ctx)
            if not side or not _another_state_named(side.removeprefix("not "), ctx):
                continue  # (a fight between two states: not "Thai police opened fire on a patrol" at home)
            negated = _negated(verb) or _told_as_false(verb)
            if frame is not None and frame.denial:
                negated = not negated
            yield self._claim(ctx, sent, speaker, "event", "act", side, dates, obj=lx.FIRST_FIRE_OBJECT,
                              phrase=f"fire first ({' '.join(t.text for t in noun_phrase(starter))})",
                              polarity="negate" if negated else "affirm", verb="open",
                              quoted=_quoted(sent, verb))

    def _severance(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """The severance a company offers those it lays off, in months of pay ("severance of six
        months' pay") or as a multiple of the legal minimum ("twice the legal severance", "only
        the legal minimum severance", "double severance"): the company's terms against the
        union's. One reading a sentence, told by a teller."""
        text = text_of(sent)
        if lx.SEVERANCE_TALK.search(text) is None:
            return
        word = next((t for t in sent if lemma(t) in lx.SEVERANCE_WORDS), None)
        frame = frame_for(word, frames) if word is not None else None
        if word is None or frame is None:
            return
        months = lx.SEVERANCE_MONTHS.search(text)
        value = parse_number(months.group(1).split()) if months else None
        unit = "months"
        if value is None:
            unit, value = "legal minimum", _times_the_legal_minimum(text)
        if value is None:
            return
        figure = Figure(value, value, "exact", "", months.group(0) if months else "")
        org = company_name(ctx.main_company)
        yield self._claim(ctx, sent, frame.speaker, "figure", "severance", f"{org} {unit}".strip(), dates,
                          figure=figure, quoted=_quoted(sent, word))

    def _held_places(
        self, sent: Span, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """ "Shakhove is under the control of the Defense Forces", "the camp remains under
        our control": the place was not captured (a capture claimed elsewhere is denied);
        "Nyabiondo is now under our control": it was."""
        text = text_of(sent)
        yield from self._places_taken_in_other_words(sent, text, ctx, frames, dates)
        if "control" not in text:
            return  # most sentences: no need to walk the parse
        for control in sent:
            under = control.head
            if not (lemma(control) == "control" and control.dep_ == "pobj" and under.lower_ == "under"):
                continue
            verb = control.head.head
            # ("remained at all times under our control": "under" hung on "times"; not "is in an
            # area under the control of the RSF")
            while verb.dep_ == "pobj" and lemma(verb) in lx.TIME_UNITS | {"time", "moment"}:
                verb = verb.head.head
            if lemma(verb) not in ("be", "remain", "stay"):
                continue
            held = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if held is None and verb.dep_ == "conj" and _negated(verb.head):
                # ("the post never fell and remained under our control": the first verb's
                # subject; not "Kalehe fell and remained under the control of the M23")
                held = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if held is None:
                continue
            name = _place_named(held)
            # (the model takes some towns for people or bodies: a name held by forces is a town;
            # "Defense Forces" keeps its plural as its lemma)
            by_forces = any(
                lemma(t).removesuffix("s") in lx.FORCES_NOUNS or t.lower_ in ("our", "their")
                for t in control.subtree
            )
            named = held.pos_ == "PROPN" or held.lower_ in ctx.region or by_forces and held.text[:1].isupper()
            not_a_place = ("DATE", "NORP") if by_forces else ("DATE", "NORP", "PERSON")
            if name is None and named and held.ent_type_ not in not_a_place:
                name = held.lower_  # what is held or taken is a place the report names
            if name is None and lemma(held) not in lx.HELD_PLACES:
                continue  # "the situation is under control", "the fire was brought under control"
            frame = frame_for(verb, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            # "Nyabiondo is now under our control": the speaker has taken it
            taken = any(c.lower_ == "now" for c in verb.children) and any(
                t.lower_ == "our" for t in control.subtree
            )
            yield self._claim(
                ctx, sent, speaker, "event", "act", "", dates,
                obj="place" if name is not None else lx.HELD_PLACES.get(lemma(held), lemma(held)),
                phrase=" ".join(t.text for t in noun_phrase(held)),
                polarity="affirm" if taken else "negate",
                verb="capture",
                quoted=_quoted(sent, verb),
                target=name or "",
            )

    def _places_taken_in_other_words(
        self, sent: Span, text: str, ctx: ArticleContext, frames: list[Frame], dates: SentenceDates
    ) -> Iterable[Claim]:
        """ "Sange has not fallen", "Bakhmut fell on Saturday", "completed the liberation of
        Konstantinovka": whether a place was taken, said of the place."""
        if not lx.TAKEN_WORDS.search(text):
            return  # most sentences: no need to walk the parse
        for tok in sent:
            by_name = False
            if lemma(tok) == "fall" and tok.pos_ == "VERB":
                held = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                negated = _negated(tok)
            elif verb_key(lemma(tok)) == "capture" and any(c.dep_ == "auxpass" for c in tok.children):
                # "the base of Djibo was never taken" (of places only: not "no decision was
                # taken"); "Kotlyne has not been taken", "Kotlyne was never captured": a side
                # takes a place by name, as in the active (a named place held as a noun is
                # read with the other acts: _act_object)
                held = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if held is None:
                    continue
                by_name = _taken_by_name(tok, held, ctx)
                if lemma(tok) != "take" and not by_name:
                    continue
                if not by_name and lemma(held) not in lx.HELD_PLACES and _place_named(held) is None:
                    continue
                negated = _negated(tok)
            elif lemma(tok) in lx.TAKING_NOUNS and tok.dep_ == "dobj" and (
                lemma(tok.head) in lx.TAKING_DONE_VERBS
            ):
                held = _of_what(tok)  # "completed the liberation of the town of Konstantinovka"
                negated = _negated(tok.head)
            else:
                continue
            if held is None:
                continue
            name = _place_named(held)
            if name is None and (by_name or held.pos_ == "PROPN" and held.lower_ in ctx.region):
                name = held.lower_
            kind = lx.HELD_PLACES.get(lemma(held))
            if not name and kind is not None:  # "the camp of Léré never fell": Léré's
                named = (g for p in held.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN")
                name = next((g.lower_ for g in named), None)
            if not name:
                continue  # "prices fell", "the completion of the bridge", "the capture of settlements"
            verb = tok if tok.pos_ == "VERB" else tok.head
            frame = frame_for(verb, frames)
            speaker = frame.speaker if frame else outlet(ctx)
            town = kind is None or _place_named(held) is not None or held.pos_ == "PROPN"
            yield self._claim(
                ctx, sent, speaker, "event", "act", "", dates,
                obj=kind if kind is not None and not town else "place",  # a camp taken: "capture|base"
                phrase=" ".join(t.text for t in noun_phrase(held)),
                polarity="negate" if negated else "affirm",
                verb="capture",
                quoted=_quoted(sent, verb),
                target=name,
            )

    def _structure_gave_way(
        self,
        ctx: ArticleContext,
        sent: Span,
        frame: Frame | None,
        verb: Token,
        gave_way: tuple[str, bool],
        dates: SentenceDates,
    ) -> Claim:
        """ "the dyke had burst" against "the dyke had not breached": one question, whether the
        structure gave way (or the vessel sank)."""
        structure, negated = gave_way
        return self._claim(
            ctx,
            sent,
            frame.speaker if frame else outlet(ctx),
            "rejection" if frame is not None and frame.denial else "event",
            "act",
            "",
            dates,
            obj=structure,
            polarity="negate" if negated else "affirm",
            verb="sink" if structure == "vessel" else "give way",
            quoted=_quoted(sent, verb),
        )

    def _none_were(
        self,
        ctx: ArticleContext,
        sent: Span,
        frame: Frame | None,
        verb: Token,
        measure: str,
        subject: str,
        dates: SentenceDates,
    ) -> Claim:
        """The claim that there were none ("no one was missing", "no inmate escaped"), said by
        the frame's speaker or, unattributed, by the outlet."""
        speaker = frame.speaker if frame else outlet(ctx)
        return self._claim(ctx, sent, speaker, "event", measure, subject, dates, polarity="negate",
                           verb=lemma(verb), quoted=_quoted(sent, verb))

    def _claim(
        self,
        ctx: ArticleContext,
        sent: Span,
        speaker: Speaker,
        kind: str,
        measure: str,
        subject: str,
        dates: SentenceDates,
        *,
        figure: Figure | None = None,
        obj: str = "",
        phrase: str = "",
        polarity: str = "affirm",
        cumulative: bool = False,
        rising: bool = False,
        revision: bool = False,
        previous: float | None = None,
        verb: str = "",
        quoted: bool = False,
        target: str = "",
    ) -> Claim:
        """`target`: the place an act was aimed at, when the model does not tag it."""
        art = ctx.article
        if measure in lx.NATIONAL_RATES and not subject:
            # "annual inflation in June was 71.2%" in a report on one country: that country's
            states = [r for r in ctx.region if r in STATES]
            subject = states[0] if len(states) == 1 else ""
        whose, _, category = subject.rpartition(" ")
        if category in ("military", "militant") and lx.NO_OTHER_VICTIMS.search(text_of(sent)):
            # "the two terrorists were eliminated and no additional casualties were identified":
            # the whole toll, not the fighters among it
            subject = whose
        if measure in lx.ORG_MEASURES:
            subject = company_name(subject)
            if measure == "job_cuts" and subject and BEYOND_THE_COMPANY.search(text_of(sent)):
                # "would cost the area some 500 jobs once suppliers were counted": jobs beyond
                # the company's, another count than the cuts it announced
                subject = f"{subject} and suppliers"
            if subject in ctx.plants and _of_one_plant(sent):
                subject = ctx.plants[subject]  # (the group's jobs at its plant are the plant's)
        if measure == "act" and verb in lx.THROWING_VERBS and obj.rsplit(" ", 1)[-1] in lx.THROWN_WEAPONS:
            verb = "use"  # "threw tear gas canisters at us": tear gas used
        if measure == "act" and verb in ("operate", "release") and obj == "spillway":
            verb = "open"  # "did not operate its spillway" against "opened its spillway gates"
        if measure == "act" and verb_key(verb) == "warn":
            # "the union warned (alerted) management": the warning it says it never received
            key, verb = lx.WARNING_KEY, "receive"
        elif measure == "act":
            key = f"{verb_key(verb)}|{obj}"
        elif measure in lx.MEASURES_OF_WHOM or measure in lx.ORG_MEASURES:
            key = f"{measure}|{subject}" if subject else measure
        else:
            key = measure
        if measure == "trapped" and not STRANDED.search(text_of(sent)):
            # "six workers remain trapped" and "21 are still unaccounted for": one count, of those
            # not yet brought out (not "3,000 passengers stranded" by a strike)
            key = "missing"
        own_places = sentence_places(sent, speaker, ctx, target, figure.text if figure else "")
        # A running total "since September 24" stands as of the day it is given: the day it
        # counts from is not the day it is about.
        event = dates.event
        if event is None and dates.takes_effect and not _a_companys_plan(measure, verb or key, speaker, ctx):
            event = dates.takes_effect  # "will cancel 1,900 flights from March 10"
        if event is not None and event > ctx.published and measure in PLANNED_CUTS:
            # "will stop production at its mill on December 15 and cut 260 jobs": when the plan
            # is due, which is no day of its news (its denial a week before is of the same plan)
            event = None
        if event is None and (THAT_EVENT.search(text_of(sent)) or THE_EVENT.search(text_of(sent))):
            # "No one was hurt in that incident": the one just told ("were seized on March 11 at
            # a camp. Two gendarmes were killed in the attack.": that day's)
            event = ctx.last_event_date
        context = None if event or dates.since else ctx.main_event_date
        if context is not None and own_places:
            # (a place an earlier sentence gave a day of its own: that day's, not the report's first)
            context = next((ctx.dated_places[p] for p in map(place_key, own_places) if p in ctx.dated_places),
                           context)
        if measure == "held" or key == "pay|ransom":
            # those still held are counted when told, and a ransom is of the whole captivity:
            # neither is of the day of the abduction the report opened on
            context = None
        return Claim(
            claim_id="",
            article_id=art.id,
            source=art.source,
            published_at=art.published_at,
            speaker=speaker.text,
            side=speaker.side,
            kind=kind,  # type: ignore[arg-type]
            key=key,
            text=text_of(sent).strip(),
            measure=measure,
            subject=subject,
            low=figure.low if figure else None,
            high=figure.high if figure else None,
            qualifier=figure.qualifier if figure else "",
            unit=figure.unit if figure else "",
            figure_text=figure.text if figure else phrase,
            polarity=polarity,  # type: ignore[arg-type]
            cumulative=cumulative,
            rising=rising,
            revision=revision,
            previous_value=previous,
            verb=verb,
            event_date=event.isoformat() if event else None,
            context_date=context.isoformat() if context else None,
            as_of=(dates.statement or ctx.published).isoformat(),
            period=dates.period,
            due=dates.due and measure in PLANNED_CUTS,
            long_run=dates.long_run,
            # for claims of no place, and of a place a sentence opens on ("In Córdoba, ...")
            # Places and names as detect compares them: "Léré" in one report is "Lere" in
            # another, "Konstantinovka" in one is "Kostiantynivka" in another.
            # (and for claims placed only at a spot in a town: "the march along Boulevard Joffre")
            article_place=(
                place_key(ctx.main_place) if not own_places or ctx.opens_on or spots_only(own_places) else ""
            ),
            places=tuple(dict.fromkeys(map(place_key, own_places or ctx.scene)))
            + (separate_event(sent, art.id) or none_beyond(sent, art.id, polarity, measure)
               or ctx.goes_on_with)
            + ((NATIONWIDE,) if says_nationwide(text_of(sent)) else ()),
            region=tuple(sorted(set(map(place_key, ctx.region)))),
            topics=ctx.topics,
            names=tuple(sorted(set(map(unaccented, ctx.names)))),
            quoted=quoted,
        )


# ---- what is counted ----------------------------------------------------------------------


FRACTIONS = {"half": 0.5, "quarter": 0.25}


# Number words written with a hyphen: "thirty-one" is one number.
TENS_WORDS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
UNIT_WORDS = frozenset("one two three four five six seven eight nine".split())


class ClaimExtractor(ClaimReader):
    """Reads claims from cleaned articles: spaCy parses them, the rules read the parses.
    One spaCy model per extractor."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or load_nlp()

    def extract(self, article: CleanArticle) -> list[Claim]:
        return self.extract_batch([article])[0]

    def extract_batch(self, articles: Sequence[CleanArticle]) -> list[list[Claim]]:
        """Parse every segment of every article in one `nlp.pipe` call, then read claims."""
        return self.read_batch(articles, self.parse_batch(articles))

    def parse_batch(self, articles: Sequence[CleanArticle]) -> list[list[Doc]]:
        """spaCy's part: each article's segments parsed, one Doc per segment."""
        texts = [(seg.text, i) for i, art in enumerate(articles) for seg in art.segments]
        docs: list[list[Doc]] = [[] for _ in articles]
        for doc, i in self.nlp.pipe(texts, as_tuples=True, batch_size=64):
            docs[i].append(repair(doc))
        return docs


# A sentence that points back at the event just told: "in that incident", "during that raid".
THAT_EVENT = re.compile(
    r"\b(?:in|during|from|after|by) that "
    r"(?:incident|attack|clash|fire|blast|explosion|crash|accident|raid)\b",
    re.I,
)
THE_EVENT = re.compile(r"\b(?:in|during) the (?:attack|raid|ambush|assault|clash)\b", re.I)
# A paragraph that opens on another event: "Separately, ...", "In a separate incident, ...".
OPENS_APART = re.compile(r"^\W*(?:separately|elsewhere|in (?:a|an) (?:separate|unrelated))\b", re.I)


def _goes_on(sent: Span, sents: list[Span], n: int) -> bool:
    """Whether sentence `n` goes on with the separate event the sentence before it told: it
    points back at it ("No one was injured in that incident"), or the paragraph opened on that
    event and this sentence names no place, day or event of its own ("Separately, a fire broke
    out in a warehouse. No one was injured, the fire department said"; not "The attack on the
    market killed 40 people", back to the main event). Not a total that sums it with others
    ("That brings the number killed by floods since Thursday to nine")."""
    text = text_of(sent)
    if CUMULATIVE_MARKER.search(text.lower()) or re.search(r"\bbrings?\b", text, re.I):
        return False
    if THAT_EVENT.search(text):
        return True
    if n != 1 or not OPENS_APART.search(text_of(sents[0])):
        return False
    own_ties = any(e.label_ in PLACE_ENTS or e.label_ == "DATE" for e in sent.ents)
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)  # its first
    own_event = subject is not None and (lemma(subject) in lx.TOPICS or lemma(subject) in lx.INCIDENT_NOUNS)
    return not own_ties and not own_event


def _a_currency(word: Token) -> bool:
    """ "2.5 million birr", "$5", "USD": money (not "14 Lev Tahor children", "29 Dong Tam
    villagers": a name, capitalised, that a currency is spelled like)."""
    return word.lemma_.lower() in lx.CURRENCIES and (not word.text[:1].isupper() or word.text.isupper())


def _figures(
    sent: Span, told_before: str = "", told: frozenset[str] = frozenset()
) -> Iterable[tuple[Figure, Token, list[Token]]]:
    """Numbers in the sentence as figures, with the token they hang on; `told_before`, what the
    figure just before the sentence counted, if it opens its paragraph; `told`, what the
    report's figures counted so far."""
    vague = vague_figure(text_of(sent))
    if vague:
        last = vague.text.split()[-1]
        anchor = next((t for t in sent if t.lower_ == last), None)
        if anchor is not None and anchor.i + 2 < sent.end and anchor.nbor(1).lower_ == "of":
            # "tens of thousands of people": the counted noun is the head after "of".
            noun = anchor.nbor(2)
            while noun.dep_ in ("amod", "compound", "nummod", "det") and noun.head.i > noun.i:
                noun = noun.head  # "thousands of Russian dead": the head is "dead"
            yield (
                vague,
                noun,
                [t for t in sent if t.i <= anchor.i and t.lower_ in vague.text.split()],
            )
    yield from _shares_in_words(sent)
    yield from _one_person_harmed(sent)
    yield from _some_still_held(sent)
    yield from _the_only_one(sent)
    yield from _durations(sent)
    for tok in sent:
        if not (tok.like_num or tok.pos_ == "NUM") or (
            tok.ent_type_ in SKIP_NUMBER_ENTS
            and not (_put_at(tok) or _total_risen_to(tok) or _figure_is(tok) or _counts_after_today(tok)
                     or _a_range_of_people(tok))
        ):
            continue
        if tok.lower_ in SHARE_WORDS:
            continue  # "a third of flights": a share (_shares_in_words), not the number three
        if tok.i + 1 < sent.end and lemma(tok.nbor(1)) in lx.DURATION_UNITS:
            continue  # "lasted 40 minutes": how long (_durations), no count
        if _a_label(tok):
            continue  # "the No. 2 blast furnace", "gate number 2": which one, not how many
        if tok.i > sent.start and tok.nbor(-1).like_num:
            continue  # inside a multi-token number; the first token reads it
        if tok.lower_ == "one" and tok.i > sent.start and tok.nbor(-1).lower_ in ("no", "not", "any"):
            continue  # "no one was killed" denies; it counts nothing
        if _is_increment(tok, sent, told_before, told):
            continue  # "eight more bodies", "another 12": an addition, not a total
        if _an_age(tok):
            continue  # "two children under five", "people over 65": how old, not how many
        if _benchmark(tok):
            continue  # "put turnout at 14.6 percent, below the 30 percent forecast"
        if in_earlier_figure(tok):
            continue  # "six killed, up from four on Monday": the speaker's earlier figure
        if tok.i > sent.start + 1 and tok.nbor(-1).lower_ == "of" and lemma(tok.nbor(-2)) in lx.GROUP_NOUNS:
            continue  # "a family of five": who they were, not how many
        if tok.lower_ in UNIT_WORDS and tok.i >= sent.start + 2 and tok.nbor(-1).text == "-" and (
            tok.nbor(-2).lower_ in TENS_WORDS
        ):
            continue  # the "one" of "thirty-one", read with "thirty"
        if tok.i + 2 < sent.end and tok.nbor(1).text == "-" and not tok.nbor(2).like_num:
            continue  # "a nine-storey building", "a three-day strike": a description
        words = [tok]
        nxt = tok.i + 1
        last_word = tok  # of the number's words, the last (a range's other end comes after it)
        if tok.lower_ in TENS_WORDS and nxt + 1 < sent.end and sent.doc[nxt].text == "-" and (
            sent.doc[nxt + 1].lower_ in UNIT_WORDS
        ):
            words += [sent.doc[nxt], sent.doc[nxt + 1]]  # "thirty-one", not thirty to one
            nxt += 2
            last_word = sent.doc[nxt - 1]
        while nxt < sent.end and (sent.doc[nxt].like_num or sent.doc[nxt].lower_ in SCALES):
            words.append(sent.doc[nxt])
            nxt += 1
        unit = ""
        if nxt < sent.end and sent.doc[nxt].lower_ in PERCENT_WORDS | {"per"}:
            unit = "%"
        elif nxt < sent.end and _a_currency(sent.doc[nxt]):
            unit = sent.doc[nxt].lemma_.lower()
        elif tok.i > sent.start and sent.doc[tok.i - 1].lower_.rstrip(".") in lx.PREFIX_CURRENCIES:
            unit = sent.doc[tok.i - 1].lower_.rstrip(".")  # "$5 million", "Tk 25,000"
        value = parse_number([w.text for w in words])
        if value is None:
            continue
        anchor_at = words[-1]
        if nxt + 1 < sent.end and sent.doc[nxt].lower_ == "of" and sent.doc[nxt + 1].like_num:
            # "shot down 23 of 30 drones": 23 is the count, of the 30 that were launched
            anchor_at = sent.doc[nxt + 1]
        if tok.lower_ in SCALES and tok.i >= sent.start + 2 and tok.nbor(-1).lower_ == "a":
            fraction = FRACTIONS.get(tok.nbor(-2).lower_)  # "half a million"
            if fraction is not None:
                value *= fraction
                words = [tok.nbor(-2), tok.nbor(-1), *words]
            else:
                words = [tok.nbor(-1), *words]  # "more than a million": the qualifier is before "a"
        if 1900 <= value <= 2100 and not unit and "," not in tok.text and len(words) == 1:
            continue  # a year
        first = words[0]
        before = sent.doc[max(sent.start, first.i - 4) : first.i].text
        qualifier = qualifier_before(before)
        if qualifier == "exact" and words[-1].lower_ == "dozen":
            qualifier = "about"  # "two dozen workers": a round count
        if first.i > sent.start and first.nbor(-1).dep_ == "prt":
            qualifier = "exact"  # "handed over 103 prisoners": a particle, not "more than"
        told_after = [t.lower_ for t in sent.doc[nxt : min(nxt + 2, sent.end)]]
        if qualifier == "exact" and not unit and told_after[:1] == ["or"] and len(told_after) == 2:
            # "put its losses at 10 or more", "30 or so", "12 or fewer"
            qualifier = QUALIFIERS_AFTER.get(told_after[1], qualifier)
        low, high = qualify(value, qualifier, unit)
        some = _some_scale(tok, sent) if all(w.lower_ in SCALES for w in words) else None
        if some is not None:  # "several hundred people": a few hundred, not one hundred
            low, high, first = some
            for more in words[1:]:  # "several hundred thousand"
                low, high = low * SCALES[more.lower_], high * SCALES[more.lower_]
            qualifier, before = "vague", ""
        between = _range_with(tok, sent, last_word)
        range_end: list[Token] = []
        if between is not None:
            other, end_token = between
            low, high, qualifier = min(value, other), max(value, other), "range"
            range_end = [end_token]  # so the far end is not read again as a figure of its own
        text = sent.doc[max(sent.start, first.i - _qualifier_len(qualifier, before)) : nxt].text
        if unit:
            text += "%" if sent.doc[nxt].text == "%" else " " + sent.doc[nxt].text
        anchor = anchor_at
        if anchor.i != words[-1].i:
            range_end = [sent.doc[nxt], anchor]  # the total is not read again as a figure
        per_cent = unit == "%" and sent.doc[nxt].lower_ == "per"
        per_cent = per_cent and nxt + 1 < sent.end and sent.doc[nxt + 1].lower_ == "cent"
        if per_cent:
            anchor = sent.doc[nxt + 1]  # "80 per cent", as "80 percent"
            text += " cent"
        elif unit == "%" and sent.doc[nxt].lower_ in PERCENT_TOKENS:
            anchor = sent.doc[nxt]  # "38%", "38 percent": read as one, whatever the spelling
        elif range_end and range_end[0].dep_ == "nummod":
            anchor = range_end[0]  # "between 2,000 and 4,000 Russian soldiers"
        yield Figure(low, high, qualifier, unit, text), anchor, words + range_end


# Qualifiers told after a number's "or": "10 or more", "30 or so".
QUALIFIERS_AFTER = {"more": "at_least", "so": "about", "fewer": "less_than", "less": "less_than"}

HARM_VERBS = frozenset("die kill injure wound hurt stab shoot".split())
KILLED_BY = HARM_VERBS | lx.KILLING_WORDS  # ("Israeli forces killed three martyrs": not mourned by them)
# What befalls people in a fight, two of which one subject may share: "three soldiers were killed
# and 11 wounded", "180 were destroyed and 64 captured" (not "two officers were injured and 15
# arrested": police hurt, protesters held).
FIGHTERS_FATES = HARM_VERBS | frozenset("capture destroy neutralise neutralize liquidate eliminate".split())


# What befalls one person told without a number: harm, or a stay in hospital for it.
ONE_HARMED_VERBS = HARM_VERBS | frozenset(["hospitalise", "hospitalize"])
# ... and what befalls "the" one a report tells of, hurt in its event ("the driver was shot in
# the leg"; not "the journalist was killed in 2022", told as background).
THE_ONE_HURT = frozenset(["injure", "wound", "hurt", "shoot", "hospitalise", "hospitalize"])


MOMENT_TOLD = re.compile(r"\b(?:when|at the time)\b", re.I)


# What falls on places and covers them: "ash had fallen on 10 villages".
FALLING_COVERS = frozenset(["ash", "ashfall"])  # (not snow that fell, which may have melted)


def _fell_over(verb: Token, noun: Token) -> bool:
    """ "ash had fallen on 10 villages" covered them (not "shells fell on two villages")."""
    return (
        lemma(verb) == "fall"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("on", "over")
        and noun.head.head.i == verb.i
        and any(c.dep_ == "nsubj" and lemma(c) in FALLING_COVERS for c in verb.children)
    )


def _there_in_a_thing(verb: Token, obj: Token) -> bool:
    """ "There is no salmonella in any of our products", "there was no lead in the water": what
    is in a thing is what tests find there (not "there is no cholera in the district", a place,
    nor "there is no fire in the building", an event)."""
    if not any(c.dep_ == "expl" for c in verb.children) or obj.dep_ != "attr" or _incident(obj):
        return False
    if lemma(obj) in lx.NOT_CONTAINED or MOMENT_TOLD.search(text_of(verb.sent)):
        return False  # ("no water in the tank when the fire started": a moment's state)
    for prep in (c for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "in"):
        thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if thing is not None and thing.lower_ in ("any", "all", "none", "some", "each"):
            thing = _of_what(thing)
        if thing is not None and thing.pos_ == "NOUN" and not thing.ent_type_ and (
            lemma(thing) in lx.CONTAINING_THINGS
        ):
            return True
    return False


def _the_one_hurt(verb: Token) -> bool:
    """ "The driver was shot in the leg": the one a report tells of, hurt in its event (not
    "the guard was wounded in the 2018 siege": a year says it is background)."""
    return lemma(verb) in THE_ONE_HURT and not any(
        t.ent_type_ == "DATE" and re.fullmatch(r"(?:19|20)\d\d", t.text) for t in verb.sent
    )


def _durations(sent: Span) -> Iterable[tuple[Figure, Token, list[Token]]]:
    """How long an event lasted, in minutes: "the exchange of fire lasted about 40 minutes",
    "the fire burned for nearly three hours", "was extinguished within 20 minutes", "were
    without power for up to 19 hours", "hail fell for almost an hour"."""
    for unit in sent:
        minutes = lx.DURATION_UNITS.get(lemma(unit))
        if minutes is None or unit.i < sent.start + 1:
            continue
        number = unit.nbor(-1)
        if number.lower_ in ("a", "an") and unit.tag_ == "NN":
            value: float | None = 0.5 if unit.i >= sent.start + 2 and unit.nbor(-2).lower_ == "half" else 1.0
            first = unit.nbor(-2) if value == 0.5 else number
        elif number.like_num:
            value, first = parse_number([number.text]), number
        elif number.lower_ == "half" and unit.i >= sent.start + 4 and unit.doc[unit.i - 4].like_num and (
            _and_a_half(unit.doc[unit.i - 4])
        ):
            first = unit.doc[unit.i - 4]  # "two and a half hours"
            value = parse_number([first.text])
        else:
            continue
        lasted = _what_lasted(unit)
        if value is None or lasted is None:
            continue
        kind, within = lasted
        if _and_a_half(unit) or _and_a_half(first):
            value += 0.5  # "an hour and a half", "two and a half hours"
        told_before = unit.doc[max(sent.start, first.i - 4) : first.i].text
        qualifier = "less_than" if within else qualifier_before(told_before)
        if _still_going(unit):
            qualifier = "at_least"  # "has lasted 10 days", "for the past three days": so far
        low, high = qualify(value * minutes, qualifier)
        text = unit.doc[first.i : unit.i + 1].text
        yield Figure(low, high, qualifier, lx.MINUTES, text), unit, [first, unit]


def _what_lasted(unit: Token) -> tuple[str, bool] | None:
    """The kind of event a span of time is how long of ("fighting", "fire", "outage"), and
    whether it bounds it from above ("within 20 minutes"); None when the time is no such span
    ("two hours later", "jailed for 20 days", "burned tyres for three hours")."""
    head = unit.head
    after = unit.doc[unit.i + 1].lower_ if unit.i + 1 < len(unit.doc) else ""
    if after in ("later", "ago", "earlier"):
        return None  # "two days later": when, not how long
    if unit.dep_ == "npadvmod" and lemma(head) not in lx.LASTING_VERBS:
        # ("lasted about two hours before the enemy fled": the parser hangs the hours on "fled")
        before = unit.i - 1
        while before > unit.sent.start and _part_of_a_figure(unit.doc[before]):
            before -= 1
        if lemma(unit.doc[before]) in lx.LASTING_VERBS:
            head = unit.doc[before]
    if unit.dep_ in ("npadvmod", "dobj", "attr") and lemma(head) in lx.LASTING_VERBS:
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _lasting_kind(subject, head)
    if unit.dep_ != "pobj" or head.dep_ != "prep":
        return None
    verb = head.head
    if _unreal(verb):
        return None  # "power would be restored within 48 hours": a promise
    if head.lower_ == "for" and _without_power(verb):
        return "outage", False
    if head.lower_ == "for" and lemma(verb) in lx.STOPPING_VERBS:
        # "blocked the bypass for five hours", "the blaze shut the motorway for five hours": how
        # long the thing was shut, whatever shut it
        return lx.STOPPING_VERBS[lemma(verb)], False
    if head.lower_ == "for" and lemma(verb) in lx.LASTING_VERBS:
        thing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return _lasting_kind(thing, verb)
    if head.lower_ in ("within", "after", "in") and lemma(verb) in lx.ENDING_VERBS:
        thing = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        found = _lasting_kind(thing, verb)
        return (found[0], head.lower_ == "within") if found else None
    return None


def _and_a_half(word: Token) -> bool:
    """ "an hour and a half", "two and a half hours": the words after `word` add half a unit."""
    doc = word.doc
    return word.i + 3 < len(doc) and [t.lower_ for t in doc[word.i + 1 : word.i + 4]] == ["and", "a", "half"]


def _part_of_a_figure(word: Token) -> bool:
    """A word of "about two", "more than an", "nearly three": the number or what qualifies it."""
    return word.like_num or word.pos_ in ("ADV", "ADP", "ADJ") or word.lower_ in ("a", "an")


def _without_power(verb: Token) -> bool:
    """ "were without power for 19 hours", "spent six days without electricity"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "without" and any(lemma(o) in lx.POWER_WORDS for o in c.children)
        for c in verb.children
    )


def _lasting_kind(thing: Token | None, verb: Token) -> tuple[str, bool] | None:
    """The kind of event that lasted: "the exchange of fire" -> fighting, "the blaze" -> fire,
    "blocked the bypass" -> blockade."""
    exchanged = [lemma(o) for c in (thing.children if thing is not None else ()) if c.lower_ == "of"
                 for o in c.children]
    if thing is not None and lemma(thing) == "exchange" and exchanged and not set(exchanged) & lx.FIRE_WORDS:
        return None  # an exchange of prisoners, not of fire (a bare "the exchange" is the fight's)
    if thing is not None and (kind := lx.DURATION_KINDS.get(lemma(thing))):
        return kind, False
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # "protesters burned tyres for three hours": what they did, no event's length
    kind = lx.DURATION_KINDS.get(lemma(verb))
    return (kind, False) if kind else None


def _still_going(unit: Token) -> bool:
    """ "has lasted 10 days", "has been burning for the past three days": a length so far."""
    verb = unit.head.head if unit.dep_ == "pobj" else unit.head
    past = unit.dep_ == "pobj" and any(c.lower_ in ("past", "last") for c in unit.children)
    perfect = any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)
    return past or perfect and verb.tag_ in ("VBN", "VBG")


# What the wounded die of later: "died of their injuries", "succumbed to his wounds".
WOUNDS = frozenset(["injury", "wound", "burn"])
# Whose kin one of them is, when a family tells of its own: "their daughter", "my son".
KIN_OWNERS = frozenset(["their", "his", "her", "my", "our"])


def _of_another_time(words: Iterable[Token]) -> bool:
    """Whether words tell another time than a report's days: a year ("in 1999"), years ("for two
    years"), "ago"."""
    return any(t.lower_ in ("ago", "year", "years") or t.text.isdigit() and len(t.text) == 4 for t in words)


def _died_in_the_event(verb: Token) -> bool:
    """Whether a death is told of the days a report covers: no year, nothing "ago", no cause of
    its own but a wound ("died of cancer")."""
    if _of_another_time(verb.subtree):
        return False
    causes = _objects_of(verb, "of") + _objects_of(verb, "from")
    return all(lemma(o) in WOUNDS for o in causes)


def _one_person_harmed(sent: Span) -> Iterable[tuple[Figure, Token, list[Token]]]:
    """ "a nine-year-old pupil died", "a teacher was stabbed", "their daughter died": one at least,
    told without a number (so that "no deaths have been recorded" meets it)."""
    for tok in sent:
        person = tok.head
        # ("their daughter died on Wednesday": one of a family's own, dead in what the report
        # tells; not "her father died in 1999", "died of cancer two years ago")
        kin = tok.dep_ == "poss" and tok.lower_ in KIN_OWNERS and lemma(person) in lx.KIN_NOUNS
        kin = kin and lemma(person.head) in ("die", "kill") and _died_in_the_event(person.head)
        if not (
            (tok.dep_ == "det" or kin)
            and (tok.lower_ in ("a", "an") or tok.lower_ == "the" and _the_one_hurt(person.head) or kin)
            and (lemma(person) in lx.STAFF_NOUNS or kin)
            and person.tag_ == "NN"  # one, not "a dozen workers"
            and (
                (person.dep_ == "nsubjpass" or person.dep_ == "nsubj" and lemma(person.head) == "die")
                and lemma(person.head) in ONE_HARMED_VERBS
                or _befallen_of(person) in ONE_BEFALLEN  # "confirmed the death of a boy"
                or person.dep_ == "nsubjpass" and _hit_in_the_body(person.head)
            )
            and not _negated(person.head)
            and not _only_nearly(person.head)
            and not any(c.like_num or c.dep_ == "nummod" for c in person.children)
        ):
            continue
        yield Figure(1.0, None, "at_least", "", sent.doc[tok.i : person.i + 1].text), tok, [tok]


# The freed, as the model may tag them (an adjective, "rescued", of its own lemma).
FREED_FORMS = frozenset(["rescued", "freed", "released", "liberated"])
# Who may be held captive: "the hostages", "their family members", "the passengers".
CAPTIVE_PEOPLE = lx.HELD_NOUNS | lx.TAKEN_NOUNS | lx.KIN_NOUNS | lx.PERSON_NOUNS


def _some_still_held(sent: Span) -> Iterable[tuple[Figure, Token, list[Token]]]:
    """ "their family members were still being held", "the boatmen are still in the hands of the
    kidnappers": some at least, told without a number (so that "all the hostages were rescued"
    meets it; whether the article is of an abduction is judged where the figure is read)."""
    for verb in sent:
        still = any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)
        if lemma(verb) == "hold" and still:
            subject = "nsubjpass"
        elif lemma(verb) in ("be", "remain") and (still or lemma(verb) == "remain"):
            if _state_on(verb) != "held":
                continue
            subject = "nsubj"  # "the boatmen are still in the hands of the kidnappers"
        else:
            continue
        if _negated(verb) or with_a_modal(verb):
            continue
        for held in (c for c in verb.children if c.dep_ == subject and c.tag_ == "NNS"):
            kind = lemma(held)
            if kind == "member" and any(c.lower_ == "family" for c in held.children):
                kind = "relative"  # "their family members"
            people_word = kind in CAPTIVE_PEOPLE or kind.endswith("man")  # ("the boatmen", "fishermen")
            if not people_word or kind in lx.SUSPECT_NOUNS or lx.CUSTODY_TALK.search(text_of(sent)):
                continue  # (not "the suspects are still being held at the station")
            if any(c.like_num or c.dep_ in ("nummod", "quantmod") for c in held.children):
                continue  # "eight hostages are still held": read as a number
            freed = (c for c in held.children if c.dep_ in ("amod", "acl"))
            if any(lemma(c) in lx.FREEING_VERBS or c.lower_ in FREED_FORMS for c in freed):
                continue  # "the rescued students are still being held at a barracks for checks"
            det = next((c for c in held.children if c.dep_ in ("det", "poss") and c.i < held.i), None)
            if det is None or det.lower_ in ("no", "some", "any"):
                continue
            yield Figure(1.0, None, "at_least", "", sent.doc[det.i : held.i + 1].text), det, [det]


def _hit_in_the_body(verb: Token) -> bool:
    """ "a student was hit in the face and lost an eye", "was struck on the head": hurt (not
    "was hit by a car": the rules of the road tell that apart; nor "hit hard by the crisis")."""
    if lemma(verb) not in ("hit", "strike"):
        return False
    return any(lemma(o) in BODY_PARTS for o in [*_objects_of(verb, "in"), *_objects_of(verb, "on")])


BODY_PARTS = frozenset("face head eye leg arm chest back neck hand foot stomach shoulder thigh".split())


def _the_only_one(sent: Span) -> Iterable[tuple[Figure, Token, list[Token]]]:
    """ "This is the only death recorded in connection with this outbreak": one, exactly (not
    "not the only death", "the only deaths")."""
    for tok in sent:
        noun = tok.head
        if not (
            tok.dep_ == "det"
            and tok.lower_ == "the"
            and noun.tag_ == "NN"
            and lemma(noun) in ONLY_ONE_NOUNS
            and any(c.dep_ == "amod" and c.lower_ == "only" for c in noun.children)
            and not _negated(noun.head)
            and not any(c.like_num or c.dep_ == "nummod" for c in noun.children)
            and not _only_of_a_part(noun)
        ):
            continue
        yield Figure(1.0, 1.0, "exact", "", sent.doc[tok.i : noun.i + 1].text), tok, [tok]


def _only_of_a_part(noun: Token) -> bool:
    """ "the only death in the family", "recorded outside Nairobi", "among the crew": the only one
    of a part or a place (not "in connection with this outbreak")."""
    told = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    for word in told:
        for prep in (c for c in word.children if c.dep_ == "prep"):
            objects = [lemma(o) for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ in ("in", "among", "outside", "at", "inside", "within", "during", "on") and (
                "connection" not in objects
            ):
                return True
    return False


# What "the only" one of counts: "the only death recorded".
ONLY_ONE_NOUNS = frozenset(["death", "fatality", "casualty"])
# What may befall one person named after it: "the death of a boy", "the injury of a nurse".
ONE_BEFALLEN = frozenset(["deaths", "injured"])
# Nouns of what befell people, counted by the people after "of": "the deaths of three children".
BEFALLEN_NOUNS = frozenset("death injury arrest detention".split())
# Verbs by which such a noun is told as a count: "confirmed the deaths of three children".
TELLING_BEFALLEN_VERBS = frozenset("confirm verify report record register announce document".split())


def _befallen_of(person: Token) -> str:
    """The measure of what befell the people a noun after "of" names, when a source tells it:
    "confirmed the deaths of three children" (deaths), "announced the arrest of 12 students"
    (detained); "" for any other (not "the lives of 30 children", saved as likely as lost; "the
    bodies of two victims" carried at a sit-in; "anger over the deaths of 20 people", told as
    known)."""
    if person.dep_ != "pobj" or person.head.lower_ != "of" or lemma(person) not in lx.PERSON_NOUNS:
        return ""
    befallen = person.head.head
    if lemma(befallen) not in BEFALLEN_NOUNS or befallen.dep_ not in ("dobj", "nsubjpass"):
        return ""
    told = befallen.head
    # (told as done: not "did not confirm", "too early to confirm", "demanded that police confirm")
    done = told.tag_ in ("VBD", "VBN", "VBZ") and not _negated(told) and not any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in told.children
    )
    return lx.NOUN_MEASURES.get(lemma(befallen), "") if lemma(told) in TELLING_BEFALLEN_VERBS and done else ""


def _only_nearly(verb: Token) -> bool:
    """ "was nearly killed", "could have been killed", "if a worker is injured", "was shot at":
    what almost, might or would happen, not what did."""
    return any(
        c.dep_ == "aux" and c.tag_ == "MD"
        or c.lower_ in ("nearly", "almost", "narrowly")
        or c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "whether")
        or c.dep_ == "prep" and c.lower_ == "at" and c.i == verb.i + 1
        for c in verb.children
    )


# Shares said in words, by the parts of the whole they name: "two-thirds of", "half of".
SHARE_WORDS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
SHARE_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _shares_in_words(sent: Span) -> Iterable[tuple[Figure, Token, list[Token]]]:
    """ "three-quarters of trains", "about half of teachers", "a third of flights" as
    percentages. A share in words is rounded: without a qualifier it is "about" its value."""
    doc = sent.doc
    for tok in sent:
        parts = SHARE_WORDS.get(tok.lower_)
        if parts is None or tok.i + 1 >= sent.end or doc[tok.i + 1].lower_ != "of":
            continue
        whole = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        if not (whole is not None and lemma(whole) in lx.PERSON_NOUNS or tok.dep_ == "nsubjpass"):
            # only a share of people ("half of teachers joined") or of things acted on
            # ("three-quarters of trains were cancelled"): not "the first half of the year",
            # "a quarter of a point", "half of the dead were children"
            continue
        first = tok
        before_share = doc[tok.i - 1] if tok.i > sent.start else None
        if before_share is not None and before_share.text == "-" and tok.i - 2 >= sent.start:
            before_share = doc[tok.i - 2]  # "three-quarters"
        taken = SHARE_NUMERATORS.get(before_share.lower_) if before_share is not None else None
        if taken is not None and before_share is not None:
            first = before_share
        elif parts != 2:
            continue  # "the third of May", "every third": no share
        value = round(100.0 * (taken or 1) / parts, 1)
        if value >= 100:
            continue
        before = doc[max(sent.start, first.i - 4) : first.i].text
        qualifier = qualifier_before(before)
        start = max(sent.start, first.i - _qualifier_len(qualifier, before))
        qualifier = "about" if qualifier == "exact" else qualifier
        low, high = qualify(value, qualifier)
        words = list(doc[first.i : tok.i + 1])
        yield Figure(low, high, qualifier, "%", doc[start : tok.i + 1].text), tok, words
    yield from _shares_of_a_round_ten(sent)


def _people_noun(noun: Token) -> bool:
    """ "teachers", "dockworkers", "residents": people by what they are or do (a plural in -er,
    -or, -ist, -ian, -ant or -ent names people, as "votes" or "flights" do not)."""
    word = lemma(noun)
    if word in lx.SERVED_NOUNS or word in NOT_PEOPLE_ENDING_AS_PEOPLE:
        return False
    return word in lx.STAFF_NOUNS or noun.tag_ == "NNS" and word.endswith(PEOPLE_ENDINGS)


PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
# Things whose names end as people's do: "nine in ten tankers stayed away from the port".
NOT_PEOPLE_ENDING_AS_PEOPLE = frozenset(
    """tanker trawler freighter carrier cruiser destroyer container trailer computer printer monitor
    reactor generator tractor helicopter scooter charger transformer router server sensor
    percent document segment apartment investment payment shipment""".split()
)


def _shares_of_a_round_ten(sent: Span) -> Iterable[tuple[Figure, Token, list[Token]]]:
    """ "nine in ten of the registered dockworkers stayed away", "seven out of ten teachers":
    a share of people, as a percentage (rounded, as a share in words is: "about")."""
    doc = sent.doc
    for part in sent:
        if not _out_of_a_round_ten(part) or part.i > sent.start and part.nbor(-1).like_num:
            continue
        verb = governing_verb(part)
        if verb is not None and lemma(verb) in lx.PEOPLE_VERBS:
            continue  # "seven out of ten passengers died": seven of the ten aboard (_one_in)
        base = doc[part.i + 2] if doc[part.i + 1].lower_ == "in" else doc[part.i + 3]
        after = doc[base.i + 1] if base.i + 1 < sent.end else None
        if after is not None and after.lower_ == "of":
            after = next((c for c in after.children if c.dep_ == "pobj"), None)
        while after is not None and after.dep_ in ("amod", "compound") and after.head.i > after.i:
            after = after.head  # "six in ten primary teachers"
        if after is None or not _people_noun(after):
            continue  # a share of people only ("nine in ten dockworkers"), not "one in ten votes"
        taken, whole = parse_number([part.text]), parse_number([base.text])
        if taken is None or not whole or taken >= whole:
            continue
        before = doc[max(sent.start, part.i - 4) : part.i].text
        qualifier = qualifier_before(before)
        start = max(sent.start, part.i - _qualifier_len(qualifier, before))
        qualifier = "about" if qualifier == "exact" else qualifier
        low, high = qualify(round(100.0 * taken / whole, 1), qualifier, "%")
        words = list(doc[part.i : base.i + 1])
        # (anchored on its "in" or "out", which no other rule reads as a count)
        yield Figure(low, high, qualifier, "%", doc[start : base.i + 1].text), doc[part.i + 1], words


def _a_prison_population(verb: Token | None) -> bool:
    """ "houses 6,000 prisoners", "Ecuador's prisons hold 33,000 inmates": who a prison holds."""
    if verb is None or lemma(verb) not in ("house", "accommodate", "hold", "have"):
        return False
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (holder is None or holder.lower_ in ("which", "that")):
        holder = verb.head  # "the jail, which holds 1,500 prisoners"
    if holder is None:
        return False
    # (not "the army said it housed 200 prisoners captured in the raid")
    named = holder.pos_ == "PROPN" and lemma(verb) in ("house", "accommodate")
    return lemma(holder) in lx.PRISON_NOUNS or named


def _its_own_plan(verb: Token) -> bool:
    """ "it expects to eliminate 4,500 positions": what a company expects to do itself is its
    plan, not a forecast (unlike "analysts expect the company to cut 4,500 jobs")."""
    head = verb.head
    planner = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "xcomp"
        and lemma(head) == "expect"
        and lemma(verb) in lx.CUT_VERBS | {"close", "shut"}
        and not _negated(head)
        # (not "analysts expect the company to cut", "factories are expected to close", "the
        # sector expects to shed 40,000 jobs")
        and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in head.children)
        and planner is not None
        and (planner.pos_ in ("PRON", "PROPN") or lemma(planner) in lx.GENERIC_ORG_NOUNS)
    )


def _killed_and_wounded(noun: Token) -> bool:
    """ "220 servicemen killed and wounded", "lost 1,100 soldiers killed and wounded": the dead
    and the hurt counted together."""
    hurt = {"wound", "injure"}
    said_of = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in ("nsubjpass", "nsubj"):  # "40 soldiers were killed and wounded"
        said_of.append(noun.head)
    if noun.dep_ == "dobj":  # the parser may hang the participles on the verb
        said_of += [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp", "oprd") and c.i > noun.i]
    for said in said_of:
        # (not "40 were killed and 120 were wounded": each verb with its own count)
        joined = {
            lemma(c) for c in said.children
            if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        }
        if lemma(said) == "kill" and joined & hurt or lemma(said) in hurt and "kill" in joined:
            return True
    return False


def _lost_in_a_list(noun: Token | None) -> Token | None:
    """The verb of losing a list of losses hangs on, for a thing joined to what befell the
    people lost ("lost 220 servicemen killed and wounded, eight tanks": "tanks" hangs on
    "wounded"); None for anything else."""
    if noun is None or noun.dep_ != "conj" or lemma(noun) not in lx.EQUIPMENT.keys() | {"vehicle"}:
        return None
    node = noun
    for _ in range(6):
        if node.dep_ not in ("conj", "acl", "dobj") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and verb_key(lemma(node)) == "lose":
            return node
    return None


def _sector_of(noun: Token | None, anchor: Token, sent: Span) -> str:
    """The part of a workforce a strike rate is of: "58% of primary teachers", "21.4% of
    teachers in secondary schools", "In secondary schools, 21.4% walked out" (the words of the
    counted noun, or of a place the clause opens on); "" when none is said."""
    words: list[Token] = []
    counted = [noun] if noun is not None else []
    counted += [o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    for held in counted:  # "58% of primary teachers"
        words += [t for t in held.subtree if t.i < held.i]  # "primary school teachers"
        words += [g for p in held.children if p.dep_ == "prep" for o in p.children for g in o.children]
    opener = next((t for t in sent if t.dep_ == "prep" and t.i == sent.start), None)
    if opener is not None:  # "In secondary schools, ..."
        words += [g for o in opener.children for g in o.children]
    modifying = ("amod", "compound", "conj")
    named = {t.lower_ for t in words if t.dep_ in modifying and t.lower_ in lx.SECTOR_WORDS}
    named |= {c.lower_ for t in words if t.lower_ in named for c in t.children if c.dep_ == "conj"}
    return next(iter(named)) if len(named) == 1 else ""  # "primary and secondary": both, no one


def _in_excess(noun: Token | None, verb: Token | None) -> bool:
    """ "610 excess deaths", "put excess deaths at about 1,240", "raised its estimate of excess
    deaths to 1,240": deaths above the usual number for the time of year, of every cause."""
    words = [noun] if noun is not None else []
    if verb is not None:
        words += [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")]
    words += [o for w in list(words) for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children]  # "its estimate of excess deaths"
    return any(
        lemma(w) in ("death", "mortality", "fatality") and any(c.lower_ == "excess" for c in w.children)
        for w in words
    )


def _some_scale(tok: Token, sent: Span) -> tuple[float, float, Token] | None:
    """ "several hundred", "many thousand", "a few hundred": a vague number of that scale
    (as "hundreds of" is), [2, 9] times it, a few [2, 5]; with the figure's first word."""
    scale = SCALES.get(tok.lower_)
    if scale is None or tok.i == sent.start:
        return None
    before = tok.nbor(-1)
    if before.lower_ in ("several", "many"):
        return 2.0 * scale, 9.0 * scale, before
    if before.lower_ == "few" and tok.i >= sent.start + 2 and tok.nbor(-2).lower_ == "a":
        return 2.0 * scale, 5.0 * scale, tok.nbor(-2)
    return None


# One-token ways to write a percent sign.
PERCENT_TOKENS = frozenset(["%", "percent", "pct", "cent"])  # ("cent" of "per cent")


def _is_increment(tok: Token, sent: Span, told_before: str = "", told: frozenset[str] = frozenset()) -> bool:
    before = sent.doc[tok.i - 1].lower_ if tok.i > sent.start else ""
    after = sent.doc[tok.i + 1].lower_ if tok.i + 1 < sent.end else ""
    if after == "-" and tok.i + 2 < sent.end:
        after = sent.doc[tok.i + 2].lower_
    if after in SHARE_WORDS:
        return True  # "three-quarters of nurses": a share (_shares_in_words), not a count
    if before in ("another", "further") and _the_rest_of_a_toll(tok, told_before, told):
        # "five people died ... Another 22 were injured", "A further 48 people were injured":
        # the injured, all of them
        return False
    return before in ("another", "further", "additional") or after in ("more", "additional", "new", "further")


def _the_rest_of_a_toll(
    tok: Token, told_before: str = "", told_in_report: frozenset[str] = frozenset()
) -> bool:
    """Whether "another N" counts a harm other than the one just counted ("three were killed
    and another 22 injured"; not "another three died": more dead)."""
    mine = _harm_told(tok)
    if not mine or any(lemma(t) in HARM_WORDS[mine] for t in tok.doc[: tok.i]):
        return False  # ("the number of injured had reached 60 ... another 20 were injured": more)
    start = tok.sent.start
    before = tok.doc[tok.doc[start - 1].sent.start : tok.i] if start > 0 else tok.doc[start : tok.i]
    told = {_harm_told(t) for t in before if t.like_num or t.pos_ == "NUM"} - {""}
    if told_before in HARM_WORDS:
        if mine in told_in_report:
            return False  # ("40 were injured and five killed. Another 12 were injured on Tuesday")
        told.add(told_before)
    return bool(told) and mine not in told


# Words by which a report tells of each harm: once it has, "another N" of it are more.
HARM_WORDS = {
    "deaths": frozenset("die dead death kill toll body fatality".split()),
    "injured": frozenset(
        "injure injured injury wound wounded hurt treat hospitalise hospitalize admit".split()
    ),
    "casualties": frozenset(["casualty"]),
}


def _harm_told(number: Token) -> str:
    """The harm a number's verb or adjective says befell those counted ("" if none)."""
    after = [c for c in number.children if c.dep_ in ("acl", "amod") and c.i == number.i + 1]
    word = after[0] if after else number.head if number.head.pos_ == "ADJ" else governing_verb(number)
    if word is None:
        return ""
    measure = lx.ADJECTIVE_MEASURES.get(word.lower_) or lx.VERB_MEASURES.get(lemma(word), "")
    return measure if measure in lx.HARM_MEASURES else ""


def _qualifier_len(qualifier: str, before: str) -> int:
    if qualifier in ("exact", "range"):
        return 0
    low = before.lower()
    from claimwatch.figures import QUALIFIERS

    for phrase, name in QUALIFIERS:
        if name == qualifier and low.endswith(phrase):
            return len(phrase.split())
    return 0


def _range_with(tok: Token, sent: Span, last: Token | None = None) -> tuple[float, Token] | None:
    """ "between 2,500 and 3,000", "2,500 to 3,000": the other end of the range (after `last`,
    the number's last word, when it is written in more than one: "twenty-one to thirty")."""
    j = (last or tok).i + 1
    if j + 1 >= sent.end or not sent.doc[j + 1].like_num:
        return None
    end = sent.doc[j + 1]
    value = parse_number([end.text])
    if value is None:
        return None
    if tok.i - 1 >= sent.start and sent.doc[tok.i - 1].lower_ == "between" and sent.doc[j].lower_ == "and":
        return value, end
    prev = sent.doc[tok.i - 1].lower_ if tok.i > sent.start else ""
    if sent.doc[j].lower_ in ("to", "-", "–") and prev not in ("from", "to"):
        return value, end  # "from 2.1% to 1.4%" is a change, not a range
    return None


def _rate_aimed_at(rate: Token) -> bool:
    """ "aiming for turnout of 75%", "hoped for participation of 80%", "compared with turnout of
    82% at the last election": a target, a hope or a benchmark, not the rate of this vote."""
    prep = rate.head
    return rate.dep_ == "pobj" and (
        prep.lower_ in ("for", "than", "against", "above", "below")
        or lemma(prep.head) in ("compare", "aim", "hope", "target", "expect", "forecast", "predict")
    )


# People held, some of whom escape or are brought back.
# (not "prisoner", which names the captured: "twelve of the prisoners were killed" are dead)
INMATE_NOUNS = frozenset(["inmate", "convict", "escapee"])


def _partitive_people(anchor: Token) -> Token | None:
    """ "four of its fighters": the people some of whom are counted; "86 of the 412 flights":
    the things some of which are (a share of a counted whole); "four from the border guards
    of our country reached to the martyrdom", as translations say it."""
    for prep in anchor.children:
        from_whom = prep.lower_ == "from" and anchor.dep_ in ("nsubj", "nsubjpass")
        if from_whom and prep.dep_ == "prep":
            whom = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # (and "14 from the enemy elements", as a communiqué counts the other side's fighters)
            people = lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS | lx.ENEMY_PEOPLE_NOUNS
            if whom is not None and lemma(whom) in people:
                return whom
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for whom in prep.children:
                counted = lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS | INMATE_NOUNS
                if whom.dep_ == "pobj" and lemma(whom) in counted:
                    return whom  # ("recaptured 27 of the inmates who escaped")
                counted_whole = any(c.dep_ == "nummod" for c in whom.children)
                if whom.dep_ == "pobj" and whom.pos_ == "NOUN" and counted_whole:
                    return whom
                if whom.dep_ == "pobj" and _thing(whom) in lx.AIRBORNE:
                    return whom  # "118 of the drones had been shot down"
    return None


def _finite_verb_after(noun: Token) -> Token | None:
    """The verb said right after a counted noun the parser joined to another noun ("for the
    nation and 5 soldiers got injury"): the noun is its subject."""
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    finite = after is not None and after.pos_ == "VERB" and after.tag_ in ("VBD", "VBZ", "VBP")
    if noun.dep_ != "conj" or after is None or not finite:
        return None
    if after.dep_ == "relcl" or any(c.dep_.startswith("nsubj") for c in after.children):
        return None
    return after


def _whole_told_first(noun: Token) -> bool:
    """ "Of the 14 people who fell, nine were rescued": the whole whose parts the clause
    counts, put before it."""
    of = noun.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.dep_ == "prep"
        and of.head.pos_ in ("VERB", "AUX")
        and of.i < of.head.i
        and any(c.dep_ == "nummod" for c in noun.children)
    )


def _own_words_first(claims: list[Claim]) -> list[Claim]:
    """Sentence order, but a speaker's quoted words ahead of the report's paraphrase of the same
    claim told before them ("the operator said the vessel was carrying 48 passengers", then
    "'Forty-eight passengers were on board,' said Boateng"): an alert shows the first of a
    report's claims to conflict, and the words themselves are what an editor checks."""
    first: dict[tuple[object, ...], int] = {}
    said_on: dict[tuple[object, ...], str | None] = {}
    for n, c in enumerate(claims):
        first.setdefault(_told_alike(c), n)
        if c.quoted:
            said_on.setdefault(_told_alike(c), c.as_of)
    order = [(first[_told_alike(c)] if c.quoted else n, not c.quoted, n) for n, c in enumerate(claims)]
    # (a paraphrase that names no day of its own was said when its quotation was: "the owner said
    # it was carrying 52", then "'52 people in total,' the owner told the Daily on Sunday night")
    told = [
        replace(c, as_of=said_on[_told_alike(c)])
        if not c.quoted and said_on.get(_told_alike(c)) and c.as_of == c.published_at[:10] else c
        for c in claims
    ]
    return [c for _, c in sorted(zip(order, told, strict=True), key=lambda pair: pair[0])]


def _no_one_killed_where_spared(claims: list[Claim], topics: tuple[str, ...], report: str) -> list[Claim]:
    """ "The village of Mucutuy was not affected", "the town was not hit", after an earthquake or
    a flood: no one was killed there either, which a count of the dead found there
    contradicts. Said as a denial of deaths at that place, beside what was said (unless the
    sentence denies deaths itself: "and no one there was killed")."""
    if lx.WIDE_AREA_TOPICS.isdisjoint(topics) or not lx.ONE_SITE_TOPICS.isdisjoint(topics):
        return claims
    denied = {c.text for c in claims if c.key == "deaths" and c.polarity == "negate"}
    # (nor where the same side denies deaths in words of its own: "There is no loss of life there")
    deniers = {c.side for c in claims if c.key == "deaths" and c.polarity == "negate"}
    # (the place itself, "the village of Mucutuy": not "power supply in Lusaka was not affected")
    spared = {
        c.text: c for c in claims
        if c.kind == "event" and c.polarity == "negate" and len(real_places(c.places)) == 1
        and (c.key == lx.STRUCK_KEY and not _an_area_named(c.places[0], report)
             or c.verb in lx.STRIKING_VERBS and c.key.partition("|")[2] in lx.COMMUNITIES)
        and c.text not in denied and c.side not in deniers
    }
    return claims + [
        replace(c, key="deaths", measure="deaths", subject="", verb="", polarity="negate")
        for c in spared.values()
    ]


# Jobs counted beyond a company's own: at its suppliers ("once suppliers were counted").
BEYOND_THE_COMPANY = re.compile(
    # (not "car parts supplier Hallberg", nor "910 direct employees ..., and 300 at subcontractors")
    r"\b(?:(?:once|including|counting|with|plus) (?:its |the |their )?(?:suppliers|subcontractors)"
    r"|indirect(?:ly)?|knock-on)\b",
    re.I,
)


def _folded(text: str) -> str:
    """A report's text as its places are matched in it: lower-case, unaccented."""
    return unaccented(text).lower()


def _an_area_named(place: str, report: str) -> bool:
    """Whether a report (`_folded`) names a place as an area, whose people a toll over it may
    count ("Sindh province", "the district of Myagdi"), not a village or a town."""
    if place in STATES:
        return True
    kinds = "province|district|region|state|county|department|governorate|prefecture|division"
    name = re.escape(unaccented(place))
    return re.search(rf"\b(?:{kinds}) of {name}\b|\b{name} (?:{kinds})\b", report) is not None


def _struck_where_homes_fell(claims: list[Claim]) -> list[Claim]:
    """ "In Brep, about 80 of the village's 110 houses had been swept away": a count of homes
    destroyed at one named place says the disaster struck it, which "Brep had been spared"
    denies (lx.STRUCK_KEY)."""
    told = {(c.text, c.places) for c in claims if c.key == lx.STRUCK_KEY}
    struck = {
        c.text: c for c in claims
        if c.kind == "figure" and c.polarity == "affirm" and (c.low or 0) > 0
        and c.key.partition("|")[0] in STRUCK_VERBS | {"collapse"}
        and c.key.rpartition(" ")[2].split("|")[-1] in HOMES
        and len(real_places(c.places)) == 1 and (c.text, c.places) not in told
        # (not the place in the teller's title: "the deputy commissioner of Upper Chitral")
        and unaccented(c.places[0]) not in unaccented(c.speaker).lower()
    }
    return claims + [
        replace(c, kind="event", key=lx.STRUCK_KEY, measure="act", subject="", verb=lx.STRUCK_VERB,
                low=None, high=None, qualifier="exact", unit="", figure_text=lx.STRUCK_OBJ, cumulative=False,
                rising=False, revision=False, previous_value=None)
        for c in struck.values()
    ]


HOMES = frozenset("home house building dwelling".split())


def _denied_in_own_words(claims: list[Claim]) -> list[Claim]:
    """A report's "X denied a report that it plans to cut 1,800 jobs" and X's own "we have no
    plans for layoffs": one denial, told in X's words (an alert shows one of them, and the words
    are what an editor checks)."""
    # (a quoted denial of another sentence: "rejecting the AA's statement that 300 surrendered"
    # in the same sentence keeps the figure it rejects)
    # (and only of the same people, place and time: "no police officer was abducted" does not
    # deny the 41 workers a rejection speaks of)
    # (a claim that names no place is where its report is: "the police in Toamasina ... denied
    # using tear gas" and their "No tear gas was used in Toamasina")
    own = [c for c in claims if c.kind == "event" and c.polarity == "negate" and c.quoted]

    def where(c: Claim) -> tuple[str, ...]:
        return c.places or ((c.article_place,) if c.article_place else ())

    def told_in_own_words(c: Claim) -> bool:
        return any(
            (o.key, o.side, o.subject, where(o), o.period) == (c.key, c.side, c.subject, where(c), c.period)
            and o.text != c.text
            for o in own
        )

    return [c for c in claims if not (c.kind == "rejection" and told_in_own_words(c))]


def _told_alike(c: Claim) -> tuple[object, ...]:
    """What a paraphrase and the quotation it reports share: the key, the stance and the figure
    (the report may name the body and the quotation its spokesman; and may bound the figure the
    quotation gives: "at least two of the hostages were still held" against "Two men are still
    held"; not "more than 40", which is not forty)."""
    return (c.key, c.polarity, c.low, c.low if c.qualifier == "at_least" else c.high)


def _whole_opened_on(anchor: Token) -> Token | None:
    """The things a sentence opens on ("Of the 480 passenger trains BDZ runs on a normal day,")
    that a bare number after the comma is some of ("410 have been cancelled")."""
    if not anchor.like_num or anchor.dep_ not in ("nsubj", "nsubjpass") or list(anchor.children):
        return None
    sent = anchor.sent
    opening = [t for t in sent if t.i < anchor.i and not t.is_punct]
    if not opening or opening[0].lower_ != "of" or anchor.i == 0 or anchor.nbor(-1).text != ",":
        return None
    whole = next((c for c in opening[0].children if c.dep_ == "pobj"), None)
    if whole is None or whole.pos_ != "NOUN" or not any(c.dep_ == "nummod" for c in whole.children):
        return None
    return None if lemma(whole) in lx.TIME_UNITS else whole  # (not "Of the 10 days of the strike")


def _counted(anchor: Token) -> tuple[Token | None, Token | None]:
    """The noun a number counts and the verb that governs it."""
    noun: Token | None = None
    node = anchor
    one = anchor.dep_ == "det" and anchor.lower_ in ("a", "an", "the")  # "a pupil died" (_one_person_harmed)
    # ("their family members were still being held": _some_still_held)
    one = one or anchor.dep_ in ("det", "poss") and anchor.head.dep_ in ("nsubj", "nsubjpass")
    if (anchor.dep_ in ("nummod", "quantmod", "amod", "compound") or one) and (
        anchor.head.pos_ in ("NOUN", "PROPN") or _figure_of_dead(anchor.head)
    ):
        noun = anchor.head
        node = noun
    elif anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and (
        lemma(anchor.head.head) in lx.FIGURE_NOUNS
        or lemma(anchor.head.head) in lx.RATE_NOUNS and not _rate_aimed_at(anchor.head.head)
    ):
        noun = anchor.head.head  # "the figure of 120,000", "with turnout of 82.4%"
        node = noun
        after = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
        if after is not None and lemma(after) in lx.NOUN_MEASURES:
            noun = after  # "the figure of 498 dead"
    elif anchor.like_num and (of_whom := _partitive_people(anchor)) is not None:
        noun = of_whom  # "lost four of its fighters": fighters
        node = anchor
    elif anchor.like_num and (premises := _premises_told_before(anchor)) is not None:
        noun = premises  # "lessons took place in 84 percent of schools and only 190 were closed"
        node = anchor
    elif (anchor.pos_ in ("NOUN", "PROPN") or lemma(anchor) in lx.NOUN_MEASURES) and (
        anchor.lower_ not in PERCENT_TOKENS and anchor.lower_ not in SHARE_WORDS and not anchor.like_num
    ):
        noun = anchor  # vague figure already resolved to its noun
        node = noun
    verb = governing_verb(node)
    if verb is not None and (raised := _believed_to(verb)) is not None:
        verb = raised  # "about 60 people were believed to have been on board": on board
    if verb is not None and (left := _left_in_a_state(verb) or _had_to_be(verb)) is not None:
        verb = left  # "58 passengers were left stranded", "200 operations had to be postponed"
    if noun is not None and (state := _stated_state(noun)) is not None:
        verb = state  # "told Daily Trust that 187 students were unaccounted for"
    elif noun is not None and verb is not None and (said := _state_said_after(noun, verb)) is not None:
        verb = said  # "we have 14 people who are still missing"
    act = noun.head.head if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if act is not None and lemma(act) in ("toll", "tally", "figure") and noun is not None:
        # "the toll of one soldier killed was unchanged": the killing the toll counts
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), verb)
    if act is not None and act.like_num and act.dep_ == "pobj" and act.head.lower_ == "of":
        act = act.head.head  # "the cancellation of 230 of its 310 flights"
    if act is not None and noun is not None and _act_done(act, noun):
        verb = act  # "documented the killing of at least 52 people": 52 killed
    if verb is not None and lemma(verb) in lx.REPORT_VERBS and noun is not None:
        # "said between 2,500 and 3,000 people died": the parser hung the noun on "said";
        # the clause it belongs to is the one left without a subject.
        for child in verb.children:
            # (or whose subject is the noun's aside: "about 300 vehicles, most of them cargo
            # trucks, were stuck")
            subjects = [c for c in child.children if c.dep_.startswith("nsubj") and not _some_of_them(c)]
            if child.dep_ == "ccomp" and not subjects:
                verb = child
                break
    if noun is not None and _whole_told_first(noun):
        # "Of the 14 people who fell, nine were rescued": 14 fell, none of them was rescued
        verb = next((c for c in noun.children if c.dep_ == "relcl"), None)
    elif noun is not None and (joined := _who_joined(noun, verb)) is not None:
        verb = joined  # "thanks the more than 50,000 employees who joined Wednesday's march"
    elif noun is not None and (befell := _killed_beside_the_missing(noun, verb)) is not None:
        verb = befell  # "reported two people killed by lightning and one person missing"
    if anchor.like_num and anchor.dep_ == "conj" and verb is not None and anchor.head.i == verb.i:
        # "three died and two were still missing": the parser joins the number to the first
        # verb; the second, with no subject of its own, is the number's
        verb = next((v for v in verb.children if v.dep_ == "conj" and v.i > anchor.i
                     and not any(c.dep_.startswith("nsubj") for c in v.children)), verb)
    if noun is not None and (finite := _finite_verb_after(noun)) is not None:
        verb = finite  # "sacrificed their life for the nation and 5 soldiers got injury"
    if verb is not None and noun is not None and lemma(verb) in lx.EVIDENCE_VERBS:
        # "the dashboard showed 1,084 trucks entering Gaza": what the trucks did is counted
        doing = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")), None)
        verb = doing or verb
    after = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
    if noun is None and after is not None and after.tag_ == "VBN" and lemma(after) in lx.PEOPLE_VERBS:
        return None, after  # "the toll stands at 118 martyrs and 322 wounded": wounded people
    if noun is None and after is not None and after.pos_ == "ADJ" and (
        after.lower_ in lx.NOUN_MEASURES or _gapped_state(anchor)
    ):
        # "it is to deplore 04 dead and 09 wounded": dead people; "put the toll at 11 dead and
        # two missing": the missing, though the parser joins "missing" to "put"
        return after, verb
    if noun is None and (counted := _counted_before(anchor)) is not None:
        return counted, verb
    if noun is None and (whole := _whole_opened_on(anchor)) is not None:
        return whole, verb  # "Of the 480 trains BDZ runs, 410 have been cancelled": trains
    called = _named_before(anchor)
    if noun is None and called is not None:
        return None, called  # "the number of the dead is 13 and the wounded 27": 27 wounded
    if noun is None and verb is not None:
        # "put the figure at 18,000", "the toll stood at 14": the figure noun is a dependent
        # (of the first verb, for a second that has no subject: "the toll rose and stood at 14").
        shared = (
            verb.dep_ == "conj"
            and lemma(verb) in lx.LEVEL_VERBS
            and not any(c.dep_.startswith("nsubj") for c in verb.children)
        )
        subject_of_first = [c for c in verb.head.children if c.dep_.startswith("nsubj")] if shared else []
        for child in [*verb.children, *subject_of_first]:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and (
                lemma(child) in lx.FIGURE_NOUNS or lemma(child) in lx.NOUN_MEASURES
            ):
                noun = child
                break
            if child.dep_ == "nsubj" and child.pos_ == "NOUN" and lemma(verb) in ("number", "total"):
                noun = child  # "damaged houses numbered 8,920": the houses are counted
                break
            if child.dep_ == "nsubj" and lemma(verb) in lx.LEVEL_VERBS and _jobs_lost(child):
                noun = child  # "job losses would reach 1,700"
                break
            if (
                child.dep_ == "nsubj"
                and child.lower_ in ("which", "that")
                and verb.dep_ == "relcl"
                and (lemma(verb.head) in lx.FIGURE_NOUNS or lemma(verb.head) in lx.NOUN_MEASURES)
            ):
                noun = verb.head  # "the figure of deaths, which now ascends to 27"
                break
    if noun is not None and verb is not None and lemma(noun) in ("people", "person", "citizen", "individual"):
        # "the number of the dead has reached 45 people": people, counted as the dead
        told = next((c for c in verb.children if c.dep_ == "nsubj" and lemma(c) in lx.FIGURE_NOUNS), None)
        if told is not None and _counted_by(told) is not None:
            noun = told
        hurt = next((c for c in verb.children if c.dep_ == "nsubj" and _people_by_what_befell(c)), None)
        if hurt is not None and lemma(verb) == "be":
            return None, hurt  # "the injured are 35 persons": 35 injured
    counted = noun if noun is not None else anchor
    what_befell = _befell(counted)
    # ("two workers were killed and five others injured": the parser makes "others" a conjunct
    # of "killed", or the subject of the "said" after it, and its own participle hangs on it)
    joined_on = verb is not None and (
        counted.dep_ == "conj" and counted.head.i == verb.i
        or counted.dep_ == "nsubj" and counted.head.i == verb.i and lemma(verb) in lx.REPORT_VERBS
    )
    if what_befell is not None and (verb is None or _holds(verb, counted) or joined_on):
        verb = what_befell  # "the toll is 6 soldiers killed", "received 19 wounded"
    return noun, verb


def _stated_state(noun: Token) -> Token | None:
    """The state adjective a counted noun is the subject of, when the parser makes it the head
    of its clause ("told the paper that 187 students were unaccounted for"), which the walk up
    to a verb passes by."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    state = noun.head.head if noun.head.pos_ == "AUX" and noun.head.dep_ == "auxpass" else noun.head
    if state.pos_ != "ADJ" or state.lower_ not in lx.ADJECTIVE_MEASURES:
        return None  # (the parser may hang the subject on "were", itself hung on the state)
    return state if any(c.dep_ in ("aux", "auxpass") and lemma(c) == "be" for c in state.children) else None


def _state_said_after(noun: Token, verb: Token) -> Token | None:
    """ "we have 14 people who are still missing", "there are 30 miners who remain trapped":
    the clause after the people tells their state; the verb before only holds them (not "40
    children who are missing school", "14 people who are not missing")."""
    if lemma(verb) not in ("have", "be") or noun.head.i != verb.i:
        return None
    for clause in noun.children:
        relative = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children)
        missed = any(c.dep_ == "dobj" for c in clause.children)
        if clause.dep_ != "relcl" or not relative or missed or _negated(clause):
            continue
        states = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "oprd"))]
        if any(w.lower_ in lx.ADJECTIVE_MEASURES for w in states):
            return clause
    return None


def _some_of_them(word: Token) -> bool:
    """ "most of them", "many of them": an aside on people or things just named."""
    ofs = (p for p in word.children if p.dep_ == "prep" and p.lower_ == "of")
    return word.lower_ in ("most", "many", "some", "all", "several", "half") and any(
        o.lower_ in ("them", "whom", "which") for p in ofs for o in p.children
    )


def _some_of_those_counted(number: Token) -> bool:
    """ "nine protesters, three of them for gunshot wounds": a number set beside people just
    counted, of them and naming no one else, is some of them (not "five of them children": the
    children among them)."""
    counted = number.head
    ofs = [p for p in number.children if p.dep_ == "prep" and p.lower_ == "of"]
    return (
        number.dep_ == "appos"
        and any(c.dep_ == "nummod" for c in counted.children)
        and any(o.lower_ in ("them", "whom") for p in ofs for o in p.children)
        and all(c.dep_ in ("prep", "punct") for c in number.children)
    )


def _asks_after(comma: Token) -> bool:
    """ "300 homes were destroyed, so why has no aid reached the village?": the question
    starts after the comma."""
    doc = comma.doc
    return comma.text == "," and comma.i + 2 < len(doc) and doc[comma.i + 1].lower_ in ("so", "but") and (
        doc[comma.i + 2].lower_ in ("why", "how", "what", "who", "where", "when")
    )


def _believed_to(verb: Token) -> Token | None:
    """The verb a passive of belief or report hands its subject to: "60 people were believed to
    have been on board", "five are thought to have died", "12 were reported to have been
    killed"."""
    if lemma(verb) not in lx.BELIEF_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # ("were not believed to have been injured": no count of the injured)
    return next(
        (c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None
    )


def _premises_told_before(anchor: Token) -> Token | None:
    """The premises a bare number closed counts, named earlier in its sentence: "lessons took
    place normally in 84 percent of schools and only 190 were closed" (schools)."""
    if anchor.dep_ not in ("nsubj", "nsubjpass") or lemma(anchor.head) not in ("close", "shut"):
        return None
    named = [t for t in anchor.sent if t.i < anchor.i and t.pos_ == "NOUN" and lemma(t) in lx.PREMISES_NOUNS]
    return named[-1] if named else None


def _counted_before(anchor: Token) -> Token | None:
    """ "drew 40,000 people according to organisers and 8,500 according to police": a bare
    number the parser joins to the verb, told by a source of its own, counts what that verb's
    number counted (not "left 31 people dead and eight missing", "3,400 houses were destroyed
    and 12,000 damaged", "1,300 on Monday and 2,100 over the three days")."""
    verb = anchor.head
    after = anchor.doc[anchor.i + 1 : anchor.i + 3]
    sourced = any(t.lower_ == "according" for t in after) and after[0].lower_ in ("according", ",")
    if anchor.dep_ != "conj" or verb.pos_ != "VERB" or not anchor.like_num or not sourced:
        return None
    counted = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < anchor.i
               and c.pos_ in ("NOUN", "PROPN") and any(n.dep_ == "nummod" for n in c.children)]
    return counted[-1] if counted else None  # the nearest (not "five unions called out 1.2 million workers")


def _gapped_state(anchor: Token) -> bool:
    """ "put the toll at 11 dead and two missing": the parser makes the second number the
    subject of its state, which it joins to the verb."""
    state = anchor.head
    return anchor.dep_ == "nsubj" and state.i == anchor.i + 1 and state.dep_ == "conj" and (
        state.lower_ in lx.ADJECTIVE_MEASURES
    )


def _listed_as(verb: Token, counted: Token) -> str:
    """The state a count is listed in: "listed 15 people as missing", "declared 12 people as
    dead", "nine were confirmed as dead", "reported 30 as injured" -> its measure, or ""."""
    if lemma(verb) not in lx.STATE_VERBS or counted.head.i != verb.i:
        return ""
    # ("with seven people still listed as missing": the parser may make them the participle's subject)
    if counted.dep_ not in ("dobj", "nsubjpass") and not (counted.dep_ == "nsubj" and verb.tag_ == "VBN"):
        return ""
    for holder in (verb, counted):  # the parser hangs "as ..." on either
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                # (not "listed 40 as missing work": a state, not what they missed)
                words = [g for g in child.children if not any(o.dep_ == "dobj" for o in g.children)]
            elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children):
                words = [child]  # "reported 30 as injured"
            else:
                continue
            state = next((w.lower_ for w in words if w.lower_ in lx.ADJECTIVE_MEASURES), "")
            if state:
                return lx.ADJECTIVE_MEASURES[state]
    return ""


FIGHTER_NOUNS = lx.FORCES_NOUNS | lx.MILITARY_NOUNS


def _held_as_taken(noun: Token, verb: Token) -> bool:
    """ "the army was holding two Sudanese soldiers captured during the clash": those taken
    prisoner, whom a side holds."""
    # (soldiers: not "suspects captured by vigilantes", "men captured on CCTV", "tanks captured")
    fighters = lemma(noun) in FIGHTER_NOUNS
    return fighters and lemma(verb) in ("hold", "keep") and noun.dep_ == "dobj" and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and verb_key(lemma(c)) == "capture" for c in noun.children
    )


def _missing_as_a_verb(noun: Token) -> bool:
    """ "with 31 people still missing", "we have 40 people missing from that division": the
    parser reads "missing" as a verb whose subject the people are (not "40 children missing
    school": what they miss)."""
    missing = noun.head
    return _missing_read_as_a_verb(missing) and missing.pos_ == "VERB" and noun.dep_ in ("nsubj", "nsubjpass")


def _missing_read_as_a_verb(word: Token) -> bool:
    """ "missing" as the parser may read it, a verb, with nothing missed (not "missing school")."""
    return word.lower_ == "missing" and not any(c.dep_ == "dobj" for c in word.children)


def _not_yet_found(noun: Token) -> bool:
    """ "19 people who have not been found", "12 passengers who are yet to be traced": missing."""
    if lemma(noun) not in lx.PERSON_NOUNS and lemma(noun) != "people":
        return False
    # (not "who had not been found guilty", "not found alive": found to be something)
    return any(
        c.dep_ == "relcl" and lemma(c) in SEARCHED_FOR_VERBS and (_negated(c) or _yet_to_be(c))
        and not any(d.dep_ in ("acomp", "oprd", "xcomp", "attr", "ccomp") for d in c.children)
        for c in noun.children
    )


def _yet_to_be(verb: Token) -> bool:
    """ "who are yet to be found": not yet."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ) and any(t.lower_ == "yet" for t in verb.doc[max(0, verb.i - 4) : verb.i])


# What is done to the missing when they are no longer missing: "found", "traced", "located".
SEARCHED_FOR_VERBS = frozenset(["find", "locate", "trace"])


def _vote_share(percent: Token, frame: Frame | None) -> tuple[str, str] | None:
    """("vote_share", whose) of a share of a vote: "Adjara Forward received 54.3% of the vote",
    "against 40.9% for Adjara Forward", "79.4% of voters supported the amendments" (the Yes
    side's); ("", "") for a share of a vote of no one named; None for any other rate."""
    if not _a_share_of_the_vote(percent) and not (
        _beside_a_share_of_the_vote(percent) or _voters_for_or_against(percent)
    ):
        return None
    told = text_of(percent.sent)
    if lx.OPINION_POLL.search(told):
        return None  # "a poll gave Hichilema 45 percent of the vote": no vote yet
    held = percent.head.head if percent.head.dep_ == "prep" else percent.head  # (the verb that holds it)
    ahead = lemma(held) == "lead" or any(c.lower_ == "ahead" for c in held.children)
    if lx.PARTIAL_COUNT.search(told) or ahead:
        return "", ""  # "leading with 56.1% after 58% of precincts had been counted": so far
    who = _vote_winner(percent, frame)
    if who in ("yes", "no") and not lx.REFERENDUM_TALK.search(told):
        return "", ""  # "89% of members voted for strike action": no referendum's sides
    if who and lx.RUNOFF.search(told):
        who += " runoff"  # a runoff's shares are not the first round's
    return ("vote_share", who) if who else ("", "")


def _voters_turned_out(share: Token, verb: Token | None) -> bool:
    """ "34 percent of registered voters cast ballots", "fewer than 25 per cent of voters came
    out", "half of the voters went to the polls": a turnout (how they voted is a share of the
    vote, `_vote_share`)."""
    of_voters = any(lemma(o) in ("voter", "elector") for o in _objects_of(share, "of"))
    if not of_voters or verb is None:
        return False
    words = {lemma(c) for c in verb.children} | {lemma(o) for c in verb.children for o in c.children}
    if words & lx.HOW_VOTES_WENT:
        return False  # "cast ballots for the ruling party", "blank ballots", "came out in favour", "early"
    return (
        lemma(verb) == "cast" and bool(words & {"ballot", "vote"})
        or lemma(verb) in ("come", "turn") and "out" in words
        or lemma(verb) == "go" and bool(words & {"poll", "polls"})
    )


def _seats_won(noun: Token | None, verb: Token | None, frame: Frame | None) -> tuple[str, str] | None:
    """("seats", whose) of the seats a party won in an election: "the opposition coalition Terra
    Nova won 31 seats", "it had won 54 of the 102 seats" (said by the party); None for any
    other count, and for seats won so far or by no one named."""
    if noun is None or verb is None or lemma(noun) != "seat" or lemma(verb) not in lx.VOTE_WINNING_VERBS:
        return None
    told = text_of(verb.sent)
    if lx.PARTIAL_COUNT.search(told) or lx.OPINION_POLL.search(told) or lx.RUNOFF.search(told):
        return None  # "had won 31 of the 60 seats declared so far": a count under way
    # (the model may hang two subjects on the verb: "the opposition coalition | Terra Nova won")
    winners = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: c.pos_ == "PROPN")
    who = _party_name(winners[-1], frame) if winners else ""
    # ("16 chairmanship seats and 171 of the 177 councillorship seats": two kinds of seat)
    kind = " ".join(lemma(c) for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN")
    return ("seats", f"{who} {kind}".strip()) if who else None


def _a_share_of_the_vote(percent: Token) -> bool:
    """ "54.3% of the vote"; "showed the NUA winning 50.8 percent" in a sentence on a tally."""
    if _of_the_vote(percent):
        return True
    won = percent.dep_ == "dobj" and lemma(percent.head) in lx.VOTE_WINNING_VERBS
    won = won and not any(c.dep_ == "prep" and c.lower_ == "of" for c in percent.children)
    # ("its tally showed the incumbent on 47.9%")
    on = percent.dep_ == "pobj" and percent.head.lower_ == "on" and percent.head.head.pos_ == "VERB"
    placed = next((c for c in percent.head.head.children if c.dep_ == "dobj"), None) if on else None
    won = won or placed is not None and (placed.pos_ == "PROPN" or lemma(placed) in lx.CANDIDATE_NOUNS)
    return won and lx.VOTE_TALK.search(text_of(percent.sent)) is not None


def _of_the_vote(percent: Token) -> bool:
    """ "54.3% of the vote", "68.9 percent of valid votes cast", "of the presidential vote"."""
    return any(lemma(o) in lx.VOTE_NOUNS for o in _objects_of(percent, "of"))


def _beside_a_share_of_the_vote(percent: Token) -> bool:
    """ "won 47.2% of the vote against 40.9% for Adjara Forward", "gave the DRP 54.1 percent of
    the vote and the NUA 38.7 percent": another party's share, told with the first."""
    beside = percent.head.dep_ == "prep" and percent.head.lower_ in ("against", "to", "versus")
    beside = beside or percent.dep_ in ("conj", "appos") or _for_a_party(percent) is not None
    return beside and any(t.i != percent.i and _a_share_of_the_vote(t) for t in percent.sent)


def _voters_for_or_against(percent: Token) -> bool:
    """ "79.4% of voters supported the amendments", "17.1% voted against"."""
    verb = percent.head
    if percent.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    of_voters = any(
        p.lower_ == "of" and lemma(o) == "voter" for p in percent.children for o in p.children
    )
    return lemma(verb) == "vote" or of_voters and lemma(verb) in lx.YES_VERBS | lx.NO_VERBS


def _for_a_party(percent: Token) -> Token | None:
    """ "40.9% for Adjara Forward", "44% for Ordóñez": the party the share is for (the model
    may hang "for" on the verb)."""
    after = percent.i + 1 < len(percent.doc) and percent.doc[percent.i + 1]
    preps = [p for p in percent.children if p.dep_ == "prep" and p.lower_ == "for"]
    preps += [after] if after and after.lower_ == "for" and after.dep_ == "prep" else []
    return next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)


def _vote_winner(percent: Token, frame: Frame | None) -> str:
    """Whose share of a vote a percentage is, as a short name ("mwanza", "drp", "yes"), or ""."""
    party = _for_a_party(percent)
    if party is None:
        # "gave the DRP 54.1 percent", "Hichilema's 54.8 percent"
        owners = (c for c in percent.lefts if c.dep_ in ("nmod", "compound", "poss"))
        party = next((c for c in owners if c.text[:1].isupper()), None)
    if party is None and percent.dep_ == "appos":
        party = percent.head  # "the National Unity Alliance (NUA) 38.7 percent"
    if party is not None:
        return _party_name(party, frame)
    head = percent.head  # (the verb that gives the share, or the noun it is of)
    if head.dep_ == "prep" and head.lower_ in ("with", "on"):
        on, head = head.lower_ == "on", head.head  # "won with 57.9%", "showed the SNS list on 45.8%"
        while lemma(head) in lx.HELD_EVENTS and head.dep_ == "pobj" and head.head.head.i != head.head.i:
            head = head.head.head  # "the winner of last Thursday's election with 52.1%"
        if lemma(head) in lx.WINNER_NOUNS and head.dep_ in ("appos", "oprd", "attr"):
            head = head.head  # "declared Joseph Mwanza the winner with 52.1%"
        listed = next((c for c in head.children if c.dep_ == "dobj"), None) if on else None
        if listed is not None:
            return _party_name(listed, frame)
    if head.pos_ in ("NOUN", "PROPN"):
        return _party_name(head, frame)
    if head.pos_ == "ADP":
        return ""  # ("against 40.9%" with no party named)
    verb = head
    said_yes = lemma(verb) in lx.YES_VERBS or any(t.lower_ in ("favour", "favor") for t in percent.subtree)
    if lemma(verb) == "vote":
        said_no = any(c.lower_ == "against" and not list(c.children) for c in verb.children)
        chosen = [o for c in verb.children if c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
        if chosen and (chosen[0].pos_ == "PROPN" or lemma(chosen[0]) in lx.CANDIDATE_NOUNS):
            return _party_name(chosen[0], frame)  # "52% of voters voted for Mwanza"
        said_yes = said_yes or any(c.lower_ == "for" for c in verb.children)
        return "no" if said_no else "yes" if said_yes else ""
    if percent.dep_ == "nsubj":
        backed = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if backed is not None and (lemma(backed) in lx.CANDIDATE_NOUNS or backed.pos_ == "PROPN"):
            return _party_name(backed, frame)  # "60 percent of voters backed the DRP"
        return "no" if lemma(verb) in lx.NO_VERBS else "yes" if said_yes else ""
    if said_yes and any(c.dep_ == "nsubjpass" for c in verb.children):
        return "yes"  # "the amendment was approved with 68.9 percent of votes cast in favour"
    winner = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    awarded = verb if lemma(verb) in lx.AWARD_VERBS else verb.head if winner is None else None
    if awarded is not None and lemma(awarded) in lx.AWARD_VERBS:
        # "declared Joseph Mwanza the winner with 52.1%", "declared the incumbent re-elected with"
        given = next((c for c in awarded.children if c.dep_ in ("dative", "dobj") and c.i != percent.i), None)
        return _party_name(given, frame) if given is not None else ""
    if winner is None and verb.dep_ in ("acl", "relcl", "advcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        winner = verb.head  # "showed the Yes side winning with 57.2 percent"
    return _party_name(winner, frame) if winner is not None else ""


def _party_name(who: Token, frame: Frame | None) -> str:
    """A candidate's or a list's short name, the same however a report writes it: its acronym
    ("the Democratic Renewal Party (DRP)" and "the DRP"), a person's surname, the initials of a
    longer name ("National Unity Alliance": "nua"), "yes" or "no" for a side of a referendum."""
    sides = {t.lower_ for t in who.subtree} & {"yes", "no"}
    if len(sides) == 1 and lemma(who) in lx.REFERENDUM_SIDES:
        return sides.pop()  # "the Yes side", "the No camp"
    if who.pos_ == "PRON":
        # "it had won 47.2%", "we won 52%": the speaker's own list
        speaker = frame.speaker if frame is not None and who.lower_ in ("it", "we") else None
        if speaker is None:
            return ""
        # (or the side it speaks for, when the sentence names it: "the Comoros' main opposition
        # party, Juwa, said it had won 14 seats")
        told = (w.strip(",.;:'\"") for w in text_of(who.sent).split())
        side = [w for w in told if w[:1].isupper() and w.lower() in speaker.side.split()]
        return _short_party_name(speaker.text.split(), person=False) or _short_party_name(side, person=False)
    if lemma(who) == "incumbent" or any(lemma(t) == "incumbent" for t in who.lefts):
        return "incumbent"
    # (not "Thursday's", nor the country a party is of: "Japan's Liberal Democratic Party" is the
    # LDP, "Lelo for Georgia" is Lelo, not Georgia)
    owned = {t.i for c in who.subtree if c.dep_ == "poss" for t in c.subtree}
    named = [t for t in who.subtree if (t.pos_ == "PROPN" or t.text.isupper() or t.i == who.i)
             and t.ent_type_ not in lx.NOT_NAME_ENTS and t.i not in owned and not nationality_in([t.lower_])]
    person = any(t.ent_type_ == "PERSON" for t in named)
    return _short_party_name([t.text for t in named], person)


def _short_party_name(words: list[str], person: bool) -> str:
    """ "Democratic Renewal Party (DRP)" -> "drp"; "National Unity Alliance" -> "nua"; "Joseph
    Mwanza" -> "mwanza"; "Adjara Forward" -> "forward" (the words of a country left out before)."""
    acronym = next((w for w in words if w.isalpha() and w.isupper() and 2 <= len(w) <= 7), None)
    if acronym:
        return acronym.lower()
    names = [w for w in words if w[:1].isupper() and w.isalpha() and w.lower() not in lx.NAME_FILLERS]
    if not names:
        return ""
    # (a name of two words by its last, as a surname: the model tags "Adjara Forward" a person
    # in one sentence and not in the next)
    return names[-1].lower() if person or len(names) <= 2 else "".join(w[0] for w in names).lower()


def _share_acted_on(anchor: Token, verb: Token | None) -> str:
    """The key of a share of things an act was done to: "30% of scheduled trains were
    cancelled" -> cancel|train (not people: their shares are turnout or strikers)."""
    if verb is None or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return ""
    of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    things = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if things is None or things.pos_ != "NOUN" or lemma(things) in lx.PERSON_NOUNS | {"people", "person"}:
        return ""
    if anchor.dep_ != "nsubjpass" or anchor.head.i != verb.i:
        return ""
    return f"{verb_key(lemma(verb))}|{_thing(things)}"


def _share_of_a_fleet(anchor: Token, verb: Token | None) -> str:
    """ "struck" of a share of a fleet kept off the road on a strike day ("90% of jeepneys
    stayed off the road", "70% of buses stayed in depots", "6% of units joined the strike"),
    "ran" of one that worked ("92% of jeepneys plied their routes", "94% were operating"), ""
    of any other."""
    if verb is None or anchor.dep_ != "nsubj" or anchor.head.i != verb.i or verb.tag_ in ("VBP", "VBZ"):
        return ""  # (not "40% of its buses run on electricity": what they always do)
    of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    fleet = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if fleet is None or not ({lemma(fleet), fleet.lower_.removesuffix("s")} & lx.FLEET_NOUNS):
        return ""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    where = {(prep.lower_, lemma(p)) for prep in preps for p in prep.children if p.dep_ == "pobj"}
    off = any(prep == "off" and place in lx.ROAD_WORDS or prep == "in" and place in lx.DEPOT_NOUNS
              for prep, place in where)
    on = any(prep == "on" and place in lx.ROAD_WORDS for prep, place in where)
    if lemma(verb) in ("join", "strike") or off or any(c.lower_ == "idle" for c in verb.children):
        told = "struck"
    elif (lemma(verb) in ("ply", "operate", "run", "work") or on) and (
        not _ran_otherwise(verb) or any(c.lower_ == "normally" for c in verb.children)
    ) and not any(o.dep_ == "pobj" and lemma(o) not in lx.ROAD_WORDS and o.ent_type_ not in ("DATE", "TIME")
                  for p in preps if p.lower_ == "on" for o in p.children):
        # (not "ran late", "were running on time", "run on electricity"; but "ran normally" ran)
        told = "ran"
    else:
        return ""
    if _negated(verb):
        return "ran" if told == "struck" else "struck"
    return told


def _about_the_speaker(anchor: Token, frame: Frame) -> bool:
    """Whether a figure is in a clause about who speaks: "Kestrel, which employs about 6,800
    people, denied the claim" does not deny the 6,800."""
    return any(a.dep_ in ("relcl", "acl") and a.head.i in frame.span_ids for a in anchor.ancestors)


def _a_magnitude(anchor: Token) -> bool:
    """ "a magnitude 5.4 aftershock", "a 5.6 magnitude quake", "the quake, of magnitude 6.3":
    a strength told in passing (not "measured the quake at magnitude 5.8", a measure given)."""
    doc, sent = anchor.doc, anchor.sent
    before = doc[anchor.i - 1] if anchor.i > sent.start else None
    after = doc[anchor.i + 1] if anchor.i + 1 < sent.end else None
    if before is not None and before.lower_ == "magnitude":
        named = anchor.head.pos_ == "NOUN" and anchor.head.i > anchor.i
        if named and lemma(anchor.head) not in lx.NOUN_MEASURES:
            return True
        return anchor.head.i == before.i and before.dep_ == "pobj" and before.head.lower_ == "of"
    return after is not None and after.lower_ == "magnitude" and after.dep_ != "pobj"


def _act_done(act: Token, done_to: Token) -> bool:
    """Whether a noun names an act done to what a number counts, and done: "the killing of 52
    people", "forced the cancellation of 600 flights"; not "prevented the destruction of 200
    homes", "could force the cancellation of", "any role in the killing of", nor "the
    execution of 12 contracts" (acts on people are done to people)."""
    act_lemma = act.lemma_.lower()
    if act.pos_ != "NOUN" or act_lemma not in lx.ACT_NOUNS:
        return False
    done_to_people = lx.PEOPLE_VERBS | {"execute", "deport", "capture"}  # (not "the capture of carbon")
    if lx.ACT_NOUNS[act_lemma] in done_to_people and lemma(done_to) not in (
        lx.PERSON_NOUNS | lx.CIVILIAN_NOUNS | lx.MILITARY_NOUNS | {"people", "person"}
    ):
        return False
    role = act.head.lower_ in ("in", "for") and lemma(act.head.head) != "result"
    if act.dep_ == "pobj" and (act.head.head.pos_ == "NOUN" or role):
        return False  # "denied any role in the killing of", "responsibility for" (not "resulted in")
    # not "halted the deportation of 40 migrants", "could force the cancellation of"
    governor = act.head if act.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    return governor is None or not (
        lemma(governor) in lx.UNDONE_ACT_VERBS
        or with_a_modal(governor)
    )


def _people_by_what_befell(word: Token) -> bool:
    """ "the wounded", "the injured": people named by a participle of what befell them."""
    named = word.tag_ == "VBN" and lemma(word) in lx.PEOPLE_VERBS
    return named and word.i > 0 and word.nbor(-1).lower_ == "the"


def _named_before(anchor: Token) -> Token | None:
    """The participle naming the people a number counts when it comes first: "the wounded 27"
    (a gapped "and the wounded [are] 27" the parser hangs on the first number)."""
    if not anchor.like_num:
        return None
    return next((c for c in anchor.children if c.dep_ == "amod" and _people_by_what_befell(c)), None)


def _named_by_state_before(anchor: Token) -> str | None:
    """The measure of "the missing 9", "the dead 4" in a gapped list ("the wounded 60 and the
    missing 9"): people named by their state, before their number."""
    if not anchor.like_num:
        return None
    for c in anchor.children:
        if c.dep_ == "amod" and c.lower_ in lx.ADJECTIVE_MEASURES and c.i > 0 and c.nbor(-1).lower_ == "the":
            return lx.ADJECTIVE_MEASURES[c.lower_]
    return None


def _military_object(obj: Token) -> bool:
    """A military site or what one holds, said so by the words around it: "a deployment point
    of Ukrainian army units", "a workshop where drones were assembled", "a weapons depot",
    "military facilities", "military presence", "a single weapon"."""
    if lemma(obj) in lx.ARMS_NOUNS:
        return True
    if lemma(obj) not in lx.MILITARY_SITE_NOUNS:
        return False
    near = [t for t in obj.subtree if abs(t.i - obj.i) <= 8]
    return any(lemma(t) in lx.MILITARY_MARKS or lemma(t) in lx.MILITARY_NOUNS for t in near)


def _the_dead_were_civilians(verb: Token, obj: Token) -> bool:
    """ "The dead were all civilians", "all the victims were civilians"."""
    if lemma(verb) != "be" or _negated(verb) or lemma(obj) not in lx.CIVILIAN_NOUNS:
        return False
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return who is not None and (lx.NOUN_MEASURES.get(lemma(who)) == "deaths" or lemma(who) == "victim")


def _laid_to_rest(verb: Token, noun: Token) -> bool:
    """People buried as the dead are, not "buried under the rubble" (who may be alive)."""
    people = lemma(noun) in lx.PERSON_NOUNS | lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS or lemma(noun) == "people"
    under = any(c.dep_ == "prep" and c.lower_ in ("under", "beneath", "underneath") for c in verb.children)
    return people and not under


def _state_on(token: Token) -> str:
    """The measure of the people a word says are "on" something: "staff on strike"; "" when
    none."""
    return next((state for c in token.children if (state := _people_on(c))), "")


def _people_on(prep: Token) -> str:
    """The measure of people in the state `prep` introduces ("on strike": participants, "in
    captivity": held); "" when it is no such state."""
    if prep.dep_ != "prep":
        return ""
    held_by = next((c for c in prep.children if c.dep_ == "pobj"), None)
    # whose hands: "in the hands of the assailants"
    hands = held_by if prep.lower_ == "in" and held_by is not None and lemma(held_by) == "hand" else None
    whose = [o for of in hands.children if of.lower_ == "of" for o in of.children] if hands else []
    if any(lemma(o) in lx.ENEMY_NOUNS for o in whose) and _soldiers_told_of(prep.head):
        # "no element of the BIR is in the hands of the enemy": taken prisoner (not "two villages
        # remain in the hands of the enemy", nor the bodies of soldiers)
        return "captured"
    if any(lemma(o) in lx.CAPTOR_NOUNS for o in whose):
        return "held"  # "two students are still in the hands of the assailants"
    state = lemma(held_by) if held_by is not None else ""
    return lx.STATE_MEASURES.get((prep.lower_, state), "")


def _soldiers_told_of(verb: Token) -> bool:
    """Whether the subject of `verb` is soldiers: "two of our soldiers", "no element of the BIR"
    (a translation's word for a unit's members)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    of = _of_what(subj)
    who = of if of is not None and (subj.like_num or lemma(subj) in ("none", "one")) else subj
    return lemma(who) in lx.MILITARY_NOUNS or _members_of_a_force(who)


def _members_of_a_force(noun: Token) -> bool:
    """ "(no) element of the BIR", "elements of the army": members of a force by a translation's
    word (not "no element of the plan")."""
    of = _of_what(noun) if lemma(noun) == "element" else None
    return of is not None and (of.pos_ == "PROPN" or lemma(of) in lx.FORCES_NOUNS)


def _data_of(noun: Token) -> bool:
    """ "the data of 3.4 million customers", "the records of ...": whose data."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and lemma(of.head) in lx.DATA_NOUNS


def _own_state(anchor: Token) -> str:
    """The state a bare number is said to be in right after it: "four missing" ("" if none),
    whichever of the two the parser hangs on the other."""
    # (the second of a list: "to 14 dead and four missing"; the first reads its noun's owner,
    # "the army's toll at about 30 dead"; nor "two missing were found alive": found since)
    after = [c for c in anchor.children if c.dep_ == "amod"] if anchor.dep_ == "conj" else []
    after += [anchor.head] if anchor.dep_ == "nummod" and anchor.head.dep_ == "conj" else []
    # ("our count is 41 dead and 16 missing": the parser hangs the list on the last state)
    after += [anchor.head.head] if anchor.dep_ == "conj" and anchor.head.like_num else []
    return next((w.lower_ for w in after if w.i == anchor.i + 1 and w.lower_ in lx.ADJECTIVE_MEASURES), "")


def _disease_confirmed_in(anchor: Token) -> bool:
    """ "laboratory tests have confirmed cholera in 19 people", "... Legionnaires' disease in 19 of
    the 27 now being treated": confirmed cases."""
    counted = anchor.head if anchor.dep_ == "nummod" else anchor  # ("in 19 people", "in 19 of the 27")
    verb = counted.head.head if counted.dep_ == "pobj" and counted.head.lower_ == "in" else None
    if verb is None or lemma(verb) not in ("confirm", "detect", "diagnose", "identify"):
        return False
    named = (verb.doc[c.left_edge.i : c.right_edge.i + 1].text for c in verb.children
             if c.dep_ in ("dobj", "nsubjpass"))
    return any(lx.NAMED_DISEASE.search(words) for words in named)


def _figure_of_so_many_befallen(anchor: Token) -> str | None:
    """ "its figure of nine abducted", "a toll of 12 killed": what befell the number a figure
    noun counts, told by the participle after it (None otherwise)."""
    doc = anchor.doc
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "of" or lemma(anchor.head.head) not in lx.FIGURE_NOUNS:
        return None
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if after is None or after.tag_ != "VBN":
        return None
    return lx.VERB_MEASURES.get(lemma(after))


def _told_in_a_state(noun: Token) -> bool:
    """Whether the words of a counted noun say what befell those counted: "the number of dead
    passengers on the bus", "of passengers on the plane injured in the landing"."""
    return any(t.lower_ in lx.ADJECTIVE_MEASURES or t.tag_ == "VBN" for t in noun.subtree)


def _participle_found(noun: Token | None, verb: Token | None) -> Token | None:
    """ "a survey found 16 houses destroyed", "counted 40 homes damaged": what the things
    found had happened to is what is counted (None when it is no such finding)."""
    if noun is None or verb is None or lemma(verb) not in FINDING_VERBS or noun.dep_ != "dobj":
        return None
    # (not "found 12 miners trapped ... and brought them out": found, and so no longer trapped)
    return next(
        (
            c for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1 and lemma(c) not in FOUND_FREE
        ),
        None,
    )


def _harm_of_a_toll(noun: Token | None, verb: Token | None) -> Token | None:
    """ "raised its toll to four soldiers killed": the participle after those a toll was
    brought to says what befell them."""
    if noun is None or verb is None or noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    if noun.head.head.i != verb.i:
        return None
    if not any(c.dep_ == "dobj" and lemma(c) in lx.FIGURE_NOUNS for c in verb.children):
        return None
    return next(
        (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1
         and lx.VERB_MEASURES.get(lemma(c)) in lx.HARM_MEASURES),
        None,
    )


def _harm_told_after(noun: Token | None, verb: Token | None) -> Token | None:
    """ "lost 6 servicemen killed and more than 10 wounded": the parser hangs the servicemen
    on the later "wounded"; the participle right after them says what befell them."""
    if noun is None or verb is None:
        return None
    return next(
        (
            c for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1 and c.i < verb.i
            and lx.VERB_MEASURES.get(lemma(c)) in lx.HARM_MEASURES
            and lx.VERB_MEASURES.get(lemma(verb)) in lx.HARM_MEASURES
            # (a bare participle hung off the clause, not its own verb: "two people wounded
            # in the strikes died overnight" died)
            and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "conj")
            and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)
        ),
        None,
    )


# States those found are freed from by being found: "found 12 miners trapped".
FOUND_FREE = frozenset(["trap", "strand"])
# Verbs that say things were found in a state: "found 16 houses destroyed".
FINDING_VERBS = frozenset(["find", "count", "record", "report"])  # (not "the swap saw 185 released")


def _where_the_counted_are(noun: Token | None) -> bool:
    """Whether a counted noun only says where the counted things of its verb are: "23 ships
    were delayed at the two ports" (a count of the ships, not of the ports)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "in", "across"):
        return False
    verb = noun.head.head
    # (the things a participle tells of: "found 16 houses destroyed across five villages")
    counted = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    counted += [verb.head] if verb.dep_ == "acl" else []
    return verb.pos_ == "VERB" and any(any(g.dep_ == "nummod" for g in c.children) for c in counted)


def _where_people_are(noun: Token | None) -> bool:
    """Whether a counted noun only says where the people a sentence counts are: "staff at
    140 hospitals", "workers in 12 factories" (a count of places, not of the people)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "in", "from", "across"):
        return False
    people = noun.head.head
    return people.pos_ == "NOUN" and lemma(people) in lx.STAFF_NOUNS


def _out_of_a_total(anchor: Token) -> bool:
    """Whether a figure is the whole a count was out of: "out of a workforce of 160,000",
    "five out of seven passengers" (the seven)."""
    if _befell(anchor) is not None or any(c.lower_ in lx.ADJECTIVE_MEASURES for c in anchor.children):
        return False  # "out of the 40 injured, 12 are critical": the 40 injured are a toll
    if anchor.head.lower_ in lx.ADJECTIVE_MEASURES or lemma(anchor.head) in lx.NOUN_MEASURES:
        return False
    node = anchor
    for _ in range(5):
        if node.dep_ == "ROOT" or node.pos_ in ("VERB", "AUX"):
            return False
        if node.lower_ == "of" and node.head.lower_ == "out" and node.head.i == node.i - 1:
            return True
        if node.lower_ == "of" and node.i == node.sent.start and not _told_what_befell(anchor) and any(
            t.dep_.startswith("nsubj") and t.like_num and t.i > anchor.i for t in node.sent
        ):
            # "Of the 4,200 workers on the register, only 780 failed to report": the 4,200 (not
            # "Of the 14 people who fell into the river, nine were rescued": 14 fell)
            return True
        node = node.head
    return False


# Prepositions that bound a number: "children under five", "below the 30 percent forecast".
BOUND_PREPS = frozenset(["under", "over", "below", "above"])


def _benchmark(tok: Token) -> bool:
    """A figure the one put is measured against: "put turnout at 14.6 percent, below the 30
    percent it had forecast" (not "turnout fell below 30 percent": that is the count)."""
    noun = tok.head if tok.dep_ == "nummod" else tok
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in BOUND_PREPS:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "at" and p.i < prep.i and any(o.dep_ == "pobj" for o in p.children)
        for p in prep.head.children
    )


def _an_age(tok: Token) -> bool:
    """ "children under five", "people over 65": a number after "under" or "over" said of people
    is their age."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in BOUND_PREPS
        and prep.head.pos_ == "NOUN"
        and lemma(prep.head) in lx.PERSON_NOUNS
    )


def _among_them(anchor: Token) -> bool:
    """Whether a figure follows "among them", "among whom (were)": a part of a group just
    counted ("killed 30 people, among them four journalists", "among them his wife and four
    teenagers")."""
    first = anchor
    node = anchor.head if anchor.dep_ == "nummod" else anchor
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
        first = node.left_edge
    them = ("them", "whom", "those")
    if any(c.dep_ == "prep" and c.lower_ == "among" and any(o.lower_ in them for o in c.children)
           for c in node.children):
        return True  # (the parser may hang "among them" on the first of those named)
    i = first.i - 1
    doc = anchor.doc
    while i >= 0 and doc[i].lower_ in ("were", "was", "are", "is", "also"):
        i -= 1
    return i >= 1 and doc[i].lower_ in ("them", "whom", "those") and doc[i - 1].lower_ == "among"


def _children_among(anchor: Token, noun: Token | None) -> str | None:
    """The measure of the group a figure counts the children of: "nine of the dead were
    children", "among the dead were 17 children", "the injured included six children",
    "12 of those killed were children"."""
    group: Token | None = None
    head = anchor.head
    if noun is None or noun.i == anchor.i:  # "nine of the dead were children"
        of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        verb = head if anchor.dep_ == "nsubj" and lemma(head) == "be" else None
        if of is None or verb is None or not any(
            c.dep_ == "attr" and lemma(c) in lx.CHILD_NOUNS for c in verb.children
        ):
            return None
        group = next((c for c in of.children if c.dep_ == "pobj"), None)
    elif lemma(noun) in lx.CHILD_NOUNS and anchor.dep_ == "nummod":
        verb = noun.head
        if noun.dep_ in ("attr", "nsubj") and lemma(verb) == "be":
            among = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among")
            group = next((g for p in among for g in p.children if g.dep_ == "pobj"), None)
        elif noun.dep_ == "dobj" and lemma(verb) == "include":
            group = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if group is None:
        return None
    if group.lower_ in ("those", "people"):  # "those killed": the verb that befell them
        befell = next((c for c in group.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        measure = lx.VERB_MEASURES.get(lemma(befell)) if befell is not None else None
    else:
        measure = lx.NOUN_MEASURES.get(lemma(group)) or lx.NOUN_MEASURES.get(group.lower_)
    return measure if measure in ("deaths", "injured") else None


def _holds(verb: Token, counted: Token) -> bool:
    """Whether `verb` only holds the count: "the toll is 6 soldiers killed", "received 19
    wounded"; not "the three men killed were employees" (what they were, not a count)."""
    if lemma(verb) not in lx.COUNT_BEARING_VERBS:
        return False
    return lemma(verb) != "be" or counted.dep_ in ("attr", "acomp")


def _befell(counted: Token) -> Token | None:
    """The participle that says what happened to the people or things counted: "6 soldiers
    killed", "19 wounded", "850 homes destroyed"."""
    return next(
        (
            c
            for c in counted.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in lx.BEFALLING_VERBS
        ),
        None,
    )


def _measure_counted_by(figure_noun: Token) -> tuple[str, str] | None:
    """What a figure noun says it counts, without a number: "the count of Thursday's march"
    -> participants, "the toll of dead" -> deaths; None when it does not say."""
    counted = _counted_by(figure_noun)
    if counted is None:
        return None
    word = lemma(counted[0])
    measure = lx.NOUN_MEASURES.get(word) or lx.VERB_MEASURES.get(word)  # "march" names its marchers
    return (measure, "") if measure else None


# Verbs by which people are put on a list: what the list says of them is what is counted.
LISTING_VERBS = frozenset(
    ["register", "record", "list", "name", "identify", "compile", "publish", "collect", "draw"]
)  # ("drew up a list of 16 people")


# Verbs of the search for people: "fought to reach four miners who are still missing".
SEEKING_VERBS = frozenset(["reach", "search", "look", "locate", "find"])


def _state_told_of_the_listed(noun: Token, verb: Token | None, ctx: ArticleContext) -> str:
    """ "relatives registered the names of 19 people who were still missing", "rescuers fought
    to reach four miners who are still missing": those missing, as the relative clause says
    (not "rescued 12 people who were trapped": rescued)."""
    if lemma(noun) not in lx.PERSON_NOUNS or verb is None:
        return ""
    seeking = lemma(verb) in SEEKING_VERBS
    if lemma(verb) not in LISTING_VERBS and not seeking:
        return ""
    if noun.head.lower_ == "of" and _is_remains(noun.head.head):
        return ""  # "identified the bodies of 12 people who had been missing": dead, not missing
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        being = lemma(clause) in ("be", "remain") or any(
            c.dep_ == "aux" and lemma(c) in ("be", "remain") for c in clause.children
        )
        if _down_for_a_shift(clause, noun, ctx):
            return "aboard"  # "collected the names of 87 men who went down for the night shift"
        if _not_home(clause):
            return "missing"  # "a list of 16 people who had not come home"
        no_longer = any(c.lower_ in ("longer", "more") and c.i > 0 and c.nbor(-1).lower_ in ("no", "any")
                        for c in clause.subtree)
        if not being or no_longer or _negated(clause):
            continue  # (not "people who were no longer missing")
        now = any(c.lower_ == "still" or c.tag_ in ("VBP", "VBZ") for c in (clause, *clause.children))
        if seeking and not now:
            continue  # "to reach four miners who are still missing" (not "rescued 12 who were trapped")
        said = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "oprd"))]
        for word in said:
            if word.lower_ in lx.ADJECTIVE_MEASURES:
                return lx.ADJECTIVE_MEASURES[word.lower_]
    return ""


def _not_home(verb: Token) -> bool:
    """ "who had not come home", "have not returned home": not back, after a disaster."""
    home = any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj") for c in verb.children)
    return home and lemma(verb) in ("come", "return", "make") and _negated(verb)


def _in_service(verb: Token) -> bool:
    """ "were in service", "in operation", "left the depots": a bus or a train ran (not "300
    buses operate on a normal day": the fleet)."""
    if lemma(verb) == "be":
        return any(lemma(o) in ("service", "operation") for o in _objects_of(verb, "in"))
    if lemma(verb) in ("leave", "exit"):
        return any(c.dep_ == "dobj" and lemma(c) in lx.DEPOT_NOUNS for c in verb.children)
    return False


def _not_in_the_qualifier(first: Token) -> bool:
    """ "the toll was not more than 60", "not fewer than 11": the "not" bounds the figure; it
    denies nothing."""
    doc = first.doc
    return first.i >= 3 and doc[first.i - 3].lower_ == "not" and doc[first.i - 1].lower_ == "than"


def _a_toll_kept(verb: Token) -> bool:
    """ "the toll remained three", "the count stayed at 40": a toll said unchanged."""
    kept = lemma(verb) in ("remain", "stay", "stand")
    return kept and any(c.dep_ == "nsubj" and lemma(c) in lx.FIGURE_NOUNS for c in verb.children)


# What a count of those still held may first be read as: "25 remain in the forest", "four of its
# students were still being held".
STILL_HELD_READINGS = ("", "remain|people", "hold|people", "captured")


def _still_out_there(verb: Token | None) -> bool:
    """ "twenty-five remain in the forest", "four are still with the kidnappers", "twenty-six
    are still out there": not come back (not "remain in hospital", "five remain in custody",
    "remain with their families after being freed")."""
    if verb is None or any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children):
        return False
    yet = any(c.lower_ == "still" for c in verb.children)
    # ("22 of our relatives are still held", after an abduction: by their captors)
    held = lemma(verb) == "hold" and yet and any(c.dep_ == "auxpass" for c in verb.children)
    still = lemma(verb) == "remain" or lemma(verb) == "be" and yet or held
    if not still:
        return False
    # (the freeing its own sentence tells: not "..., contradicting the statement that all had
    # been freed", another's word set against it)
    aside = {t.i for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" for t in c.subtree}
    if lx.FREED_WORDS.search(" ".join(t.text for t in verb.sent if t.i not in aside)):
        return False
    if any(c.lower_ == "there" and any(o.lower_ == "out" for o in c.children) for c in verb.children):
        return True  # ("still out there")
    where = [(p.lower_, o) for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "with")
             for o in p.children if o.dep_ == "pobj"]
    if held and not where:
        return True
    # (in a place that is no care's nor the law's; with their captors)
    return any(
        lemma(o) in lx.CAPTOR_NOUNS if prep == "with"
        else lemma(o) not in lx.FACILITY_NOUNS | lx.CARE_SITE_WORDS | lx.CUSTODY_WORDS
        for prep, o in where
    )


def _in_captors_hands(verb: Token | None) -> bool:
    """ "remain in the hands of the criminals", "in captivity", "with the kidnappers"."""
    if verb is None:
        return False
    where = [*_objects_of(verb, "in"), *_objects_of(verb, "with")]
    return any(lemma(o) in ("hand", "captivity") or lemma(o) in lx.CAPTOR_NOUNS for o in where)


def _a_usual_day(verb: Token | None) -> bool:
    """What a fleet does on any day, not the event's: "300 buses operate", "on a normal day, the
    company operated 300 buses", "normally"."""
    if verb is None or verb.tag_ in ("VBP", "VBZ"):
        return True
    return lx.USUAL_DAY.search(text_of(verb.sent)) is not None or any(
        t.lower_ in lx.HABITUAL_WORDS for t in verb.sent
    )


def _told_what_befell(number: Token) -> bool:
    """ "the 14 people who fell", "the 1,150 jobs to go": a count told with what befell them."""
    counted = number.head if number.dep_ == "nummod" else number
    return any(c.dep_ in ("relcl", "acl") for c in counted.children)


def _jobs_at(noun: Token | None) -> str:
    """The company named where jobs are lost: "job losses at Boucan Knitwear"; "" if none."""
    if noun is None:
        return ""
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("at", "by")]
    at = [o for p in preps for o in p.children
          if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ == "ORG")]
    return company_name(" ".join(t.lower_ for t in at[0].subtree if t.pos_ == "PROPN")) if at else ""


def _jobs_lost(noun: Token) -> bool:
    """ "job losses", "job cuts", "the reduction in jobs"."""
    return lemma(noun) in ("cut", "loss", "reduction") and any(
        lemma(c) == "job" for c in noun.subtree if c.i != noun.i
    )


def _a_crowd_there(people: Token, verb: Token) -> bool:
    """ "There were 15,000 people on the Costanera", "there were 20,000 protesters in the
    square", "12,000 people were present in Piața Victoriei": so many in the place of a march (not
    "there were 40 people injured", nor "on the bus")."""
    present = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "present"]
    # (people, not "300 police officers", "journalists", "patients": a crowd, present in a square
    # or a street, not "in the hall", "in the National Arena")
    crowd = lemma(people) in ("people", "person", "protester", "demonstrator", "marcher")
    squares = [o for p in present for o in _objects_of(p, "in")]
    in_the_square = any(not {unaccented(t.lower_) for t in o.subtree}.isdisjoint(lx.TOWN_SITE_WORDS)
                        for o in squares)
    there_present = lemma(verb) == "be" and people.dep_ == "nsubj" and bool(present) and verb.tag_ == "VBD"
    there_present = there_present and crowd and in_the_square
    if not _there_were(verb, people) and not there_present:
        return False
    if lemma(people) not in lx.PERSON_NOUNS or any(
        c.dep_ in ("amod", "acl", "relcl") and c.i > people.i for c in people.children
    ):
        return False  # ("there were 40 people injured", "people who were arrested")
    where = ("on", "in", "at")
    preps = [p for t in (verb, people, *present) for p in t.children
             if p.dep_ == "prep" and p.lower_ in where]
    places = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return bool(places) and not any(lemma(o) in lx.VESSELS | lx.WORKS_NOUNS for o in places)


def _there_were(verb: Token, counted: Token) -> bool:
    """ "There were 35 of us", "there is no case of mpox": what "there is" says there is."""
    return lemma(verb) == "be" and counted.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children)


def _so_many_of_us_there(number: Token, verb: Token) -> bool:
    """ "There were at least 35 of us on the evening shift", "there were 40 of them in the hall"."""
    if not _there_were(verb, number):
        return False
    of_us = any(p.lower_ == "of" and any(o.lower_ in ("us", "them") for o in p.children)
                for p in number.children)
    there = any(c.dep_ == "prep" and c.lower_ in ("on", "at", "in", "inside") for c in verb.children)
    return of_us and there


# Where those counted as there were: aboard a vessel, at the works.
SITES_OF_THOSE_THERE = lx.VESSELS | lx.WORKS_NOUNS


def _we_were_so_many(number: Token, verb: Token) -> bool:
    """ "we were 40 or more": how many the speaker's own group was (not "we were 12 in my family",
    "in our team": a group of its own)."""
    # ("we were nearly 60": the parser takes a hedged number for an adjective)
    if lemma(verb) != "be" or number.dep_ not in ("attr", "acomp") or not any(
        c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children
    ):
        return False
    groups = [o for w in (verb, number) for o in _objects_of(w, "in")]
    return not any(lemma(o) not in SITES_OF_THOSE_THERE for o in groups)


def _there_were_of_us(number: Token, verb: Token) -> bool:
    """ "There were more than 100 of us", "there were 40 of us on the boat": those the teller was
    among (not "there were two of us left", those left; nor "will be")."""
    of_us = any(p.lower_ == "of" and any(o.lower_ == "us" for o in p.children) for p in number.children)
    there = any(c.dep_ == "expl" for c in verb.children) and lemma(verb) == "be" and verb.tag_ == "VBD"
    left = any(lemma(c) in ("leave", "remain") for c in number.subtree)
    return of_us and there and not left


def _killed_beside_the_missing(noun: Token, verb: Token | None) -> Token | None:
    """ "reported two people killed by lightning and one person missing": the model reads
    "missing" as the verb of both; the people killed right after their number are the dead."""
    if verb is None or verb.lower_ != "missing":
        return None
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1
                 and lemma(c) in lx.HARM_DONE_VERBS), None)


# Verbs of thanks or praise for a crowd, which count it: "thanks the 50,000 who joined the march".
THANKING_VERBS = frozenset("thank salute praise congratulate hail commend honour honor".split())


def _who_joined(noun: Token, verb: Token | None) -> Token | None:
    """ "thanks the more than 50,000 employees who joined the march": where the verb that
    governs them counts nothing of its own, those counted are those who joined."""
    if verb is None or lemma(verb) not in THANKING_VERBS:
        return None  # (not "docked pay from 212 workers who took part in the strike": some of them)
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if not any(w.lower_ == "who" and w.dep_ == "nsubj" for w in clause.children):
            continue
        # (what was joined or taken part in is a march or a strike: not "joined the union", "the
        # clean-up")
        joined = [*(c for c in clause.children if c.dep_ == "dobj"), *_objects_of(clause, "in")]
        protest = any(lx.TOPICS.get(lemma(o)) in ("protest", "strike") for o in joined)
        marched = lx.VERB_MEASURES.get(lemma(clause)) == "participants"
        marched = marched and lemma(clause) not in ("strike", "join")
        if marched or lemma(clause) in ("join", "take") and protest:
            return clause
    return None


def _present_measure(verb: Token, ctx: ArticleContext) -> str:
    """The measure of those there when it happened: counted with those underground or on board
    ("27 miners were working in the sector" and "41 men were underground"; "31 people were
    inside the boiler house"), unless they were at a public place, a crowd of its own ("60
    people were in the market when the plane came down"); a terminal or a quay in a company's
    story is its works ("the number of people who were at the terminal", a grain terminal's)."""
    sites = {lemma(o) for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"}
    public = sites & PUBLIC_SITES
    # (not a ferry's or a plane's: "400 people were on the quay", "in the terminal when the plane
    # caught fire" are crowds, not those aboard)
    works = public & WORKS_IN_A_COMPANYS_STORY
    if works and ctx.main_company and {"shipwreck", "crash"}.isdisjoint(ctx.topics) and not any(
        lemma(t) in lx.CRAFT for t in verb.sent
    ):
        public -= works
    return "present|people" if public else "aboard"


# Public sites a company's story means as its works: "at the terminal" of a grain terminal's blast.
WORKS_IN_A_COMPANYS_STORY = frozenset(["terminal", "quay", "platform"])


# Places where a crowd is, not a workforce or a vessel's passengers: "in the market", "at the station".
# (not "the furnace hall", "the company's premises": a workforce's)
PUBLIC_SITES = lx.TOWN_SITE_WORDS | frozenset(
    """arena venue festival concert fair quay station platform terminal beach church mosque temple
    shop mall restaurant hotel""".split()
)


def _present_group(people: Token) -> str:
    """Who were there, as a group: "90 miners", "40 journalists"; "300 people" are anyone there,
    and "employees" or "15 men were working" the workers."""
    group = lemma(people)
    if group in lx.ANYONE_NOUNS:
        return ""
    if group == "man" and lemma(people.head) == "work":
        return "worker"
    return lx.SAME_GROUP.get(group, group)


def _gapped_object(at: Token, verb: Token) -> Token | None:
    """ "put deaths at 12 and injuries at 40": the second object a verb puts at a figure, told
    without the verb again (the noun joined on just before the figure's "at")."""
    if at.head.i != verb.i or at.i == 0:
        return None
    other = at.nbor(-1)
    first_at = any(c.lower_ == "at" and c.i < other.i for c in verb.children)
    return other if other.pos_ == "NOUN" and other.dep_ == "conj" and first_at else None


def _measure_put_at(verb: Token) -> str:
    """The measure a verb's object names, as in "put participation at", "estimated the crowd
    at", "put the march at" (a protest put at a figure is its crowd; not a change: "put growth
    at"); "" if it names none."""
    if puts_a_protest(verb):
        return "participants"
    put = next((c for c in verb.children if c.dep_ == "dobj" and lemma(c) in lx.NOUN_MEASURES), None)
    if put is None:
        # "put the participation rate at 14.6 percent", "the turnout figure": the rate's measure
        rates = (c for c in verb.children if c.dep_ == "dobj" and lemma(c) in ("rate", "figure", "level"))
        put = next((g for c in rates for g in c.children
                    if g.dep_ == "compound" and lemma(g) in lx.NOUN_MEASURES), None)
    measure = lx.NOUN_MEASURES[lemma(put)] if put is not None else ""
    return "" if measure == "change" else measure


def _in_shelters(noun: Token, verb: Token | None) -> bool:
    """ "3,100 people are staying in 48 temporary shelters", "nearly 5,600 were sleeping in
    shelters", "2,000 have taken refuge in evacuation centres", "the number of people in shelters
    fell to 1,900": people in shelters, a count of its own (the displaced are more: some stay
    with relatives; not "hid in a shelter" in an attack, nor "900 shelters were built")."""
    if lemma(noun) not in lx.PERSON_NOUNS:
        return False
    families = noun.dep_ in ("conj", "appos") and lemma(noun.head) in ("family", "household")
    if families and noun.head.dep_ in ("nsubj", "nsubjpass") and verb is not None and (
        noun.head.head.i == verb.i
    ):
        noun = noun.head  # "some 2,600 families, or about 9,800 people, are staying in ..."
    if verb is None or noun.head.i != verb.i:
        # "the number of people in shelters", "... of people staying in evacuation centres" (not
        # "the deaths of 12 people in relief camps", "distributed food to 50,000 people in camps")
        of = noun.head if noun.head.dep_ == "prep" and noun.head.lower_ == "of" else None
        if of is None or lemma(of.head) not in ("number", "total", "population", "count", "tally"):
            return False
        stays = [c for c in noun.children if c.dep_ == "acl" and lemma(c) in lx.SHELTERED_VERBS]
        return any(
            c.dep_ == "prep" and c.lower_ in ("in", "at")
            and any(o.dep_ == "pobj" and _shelters(o) for o in c.children)
            for w in (noun, *stays) for c in w.children
        )
    elif noun.dep_ in ("nsubj", "nsubjpass"):
        where = verb
        refuge = any(c.dep_ == "dobj" and lemma(c) in ("refuge", "shelter") for c in verb.children)
        if lemma(verb) not in lx.SHELTERED_VERBS and not (lemma(verb) in ("take", "seek", "find") and refuge):
            return False
    else:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "at")
        and any(o.dep_ == "pobj" and _shelters(o) for o in c.children)
        for c in where.children
    )


def _shelters(place: Token) -> bool:
    """ "48 temporary shelters", "shelters", "evacuation centres", "relief camps": the shelters
    of a disaster's homeless (not "the shelter" one missile hit, where 300 were: a building)."""
    word = lemma(place)
    kind = any(m.lower_ in ("evacuation", "relief") for m in place.children)
    many = place.tag_ == "NNS" or any(c.dep_ == "nummod" for c in place.children)
    return many and (word in lx.SHELTER_NOUNS or kind and word in ("centre", "center", "camp", "site"))


def _a_crowd_that_reached(counted: Token, verb: Token) -> bool:
    """ "the Makassar crowd never exceeded 5,000 people", "the march topped 20,000": a protest's
    crowd, told by the figure it reached (not "the toll exceeded 50", "the crowd threw stones")."""
    return (
        counted.dep_ == "dobj"
        and counted.head.i == verb.i
        and lemma(verb) in ("exceed", "top", "surpass", "reach", "number")
        and any(c.dep_ == "nsubj" and lemma(c) in lx.CROWD_NOUNS for c in verb.children)
    )


def _drawn_by_a_protest(anchor: Token, verb: Token) -> bool:
    """ "the rally drew no more than 3,000", "the march attracted 20,000": a protest's crowd, told
    by a bare number (not "the strike drew a 20% pay offer")."""
    return (
        anchor.dep_ == "dobj"
        and anchor.head.i == verb.i
        and lemma(verb) in ("draw", "attract")
        and any(c.dep_ == "nsubj" and lemma(c) in lx.PROTEST_EVENTS and c.tag_ == "NN" for c in verb.children)
    )


def _figure_of_dead(word: Token) -> bool:
    """ "the figure of 500 dead", "reports of 300 dead": an adjective counted by a figure noun."""
    return (
        lemma(word) in lx.NOUN_MEASURES
        and word.dep_ == "pobj"
        and word.head.lower_ == "of"
        and lemma(word.head.head) in lx.FIGURE_NOUNS | {"report", "claim"}
    )


def _inside_the_works(people: Token) -> bool:
    """ "people inside the plant": those at the works when it happened."""
    return any(lemma(o) in lx.WORKS_NOUNS for o in _objects_of(people, "inside"))


def _figure_noun_put_at(verb: Token, anchor: Token) -> Token | None:
    """ "put the number of homes destroyed at 51", "bringing the number of soldiers killed to
    six", "raised its count of people who were inside the unit to 27": the parser hangs "at 51"
    on "destroyed", itself hung on "number" (or on a clause of whom it counts); the figure is
    the number's, which this returns (None for any other figure)."""
    if anchor.dep_ != "pobj" or anchor.head.head.i != verb.i:
        return None
    number = verb.head if verb.dep_ == "acl" else None
    # (or "who were inside", "who were killed": a clause of whom the number counts)
    counted = verb.dep_ == "relcl" and (lemma(verb) == "be" or lemma(verb) in HARM_VERBS)
    if counted and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of":
        number = verb.head.head.head
    if number is None and anchor.head.lower_ == "to" and lemma(verb) in BRINGING_TO_VERBS | {"revise"}:
        # "revised to 47 the number of people who were at the concentrator": the verb's own count
        number = next((c for c in verb.children if c.dep_ == "dobj" and c.i > anchor.i), None)
        counted = number is not None and _counted_by(number) is not None
    if number is None or lemma(number) not in lx.FIGURE_NOUNS:
        return None
    brought = number.dep_ == "dobj" and lemma(number.head) in BRINGING_TO_VERBS | {"revise"}
    # (a toll of harm, one event's: not "bringing the total number of prisoners swapped through its
    # mediation to 2,184", over many)
    brought = brought and (lemma(verb) in HARM_VERBS or counted)
    if anchor.head.lower_ == "at" and verb.dep_ == "acl" or anchor.head.lower_ == "to" and brought:
        return number
    return None


# What takes a count to a new figure: "bringing the number of soldiers killed to six".
BRINGING_TO_VERBS = frozenset(["bring", "raise", "push", "take", "lift", "increase"])


def _total_risen_to(number: Token) -> bool:
    """ "the toll rose to 14 this morning": a figure, though the model reads "14 this
    morning" as a time."""
    to = number.head
    return (
        number.dep_ == "pobj"
        and to.lower_ == "to"
        and lemma(to.head) in lx.TALLY_VERBS
        and number.i + 1 < len(number.doc)
        and number.nbor(1).lower_ in ("this", "last", "yesterday", "overnight", "early", "late", "on")
    )


def _figure_is(number: Token) -> bool:
    """ "the number of inmates who escaped was 41": a figure, though the model may tag "41" a
    date (not "the year was 2019")."""
    be = number.head
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    year = len(number.text) == 4 and number.text.isdigit()
    # (not "the toll over the last decade was 41": a long run's, which the date tells)
    long_words = ("decade", "year", "month", "century")
    spans = subject is not None and any(lemma(t) in long_words for t in subject.subtree)
    return (
        number.dep_ == "attr"
        and lemma(be) == "be"
        and subject is not None
        and lemma(subject) in lx.FIGURE_NOUNS
        and not year
        and not spans
    )


def _a_label(number: Token) -> bool:
    """ "No. 2", "gate number 2", "#3": a number that names one thing."""
    after = number.nbor(1) if number.i + 1 < len(number.doc) else None
    part = after is not None and after.text[:1].isupper() and after.lower_ in lx.NUMBERED_PARTS
    numbered_after = part and after is not None and after.i + 1 < len(number.doc) and after.nbor(1).like_num
    if part and number.text.isdigit() and not numbered_after:  # (not "500 Ward 12 residents")
        return True  # "roof bolting in 2 Section", "in 3 Shaft": a part of a works by its number
    if number.i == 0:
        return False
    part_before = number.nbor(-1)
    before = part_before.lower_
    # (in figures or words: "on level 400", "on level four")
    named = number.text.isdigit() or number.is_alpha and number.like_num
    if before == "-" and number.i > 1 and number.nbor(-2).lower_ in lx.NUMBERED_PARTS and named:
        return True  # "the level-four supports", "the block-3 gallery"
    if before in lx.NUMBERED_PARTS and part_before.tag_ in ("NN", "NNP") and named and (
        not any(c.dep_ in ("det", "amod", "compound", "poss") for c in part_before.children)
        and (after is None or after.tag_ not in ("NNS", "NNPS"))
    ):
        # "on level 400 of block 5": parts by their numbers (not "in the damaged section 14
        # miners were trapped", "in that block 120 people")
        return True
    no_at = number.i - 1
    if before == "." and number.i > 1 and number.nbor(-2).lower_ in ("no", "nos"):
        before, no_at = "no.", number.i - 2  # ("No . 2", as the tokenizer may split it)
    said_no = no_at > 0 and number.doc[no_at - 1].pos_ in ("VERB", "AUX", "PUNCT", "CCONJ")
    if before in ("no.", "nos.", "no") and said_no and number.doc[no_at].text[:1] == "n":
        return False  # ("the spokesman said no. 12 people were injured")
    # ("gate number 2", not "the number 58 being quoted is wrong")
    # (not "casualties number twelve": a verb after a plural, however the model tags it)
    named = before == "number" and number.i > 1 and number.nbor(-2).pos_ in ("NOUN", "PROPN") and (
        number.nbor(-2).tag_ != "NNS"
    )
    # ("the flooded Number 3 shaft": a name, as its capital says)
    named = named or number.nbor(-1).text == "Number" and not number.nbor(-1).is_sent_start
    # ("furnace number two" names one in words too; "no two" is none)
    return before in ("no.", "nos.", "#") or named or before == "no" and number.text[:1].isdigit()


def _put_at(number: Token) -> bool:
    """ "put the death toll at 58": a figure, though the model may tag "58" a date (a
    year is never put at)."""
    at = number.head
    return (
        number.dep_ == "pobj"
        and at.lower_ == "at"
        and lemma(at.head) in lx.FIGURE_SETTING_VERBS
        and not (len(number.text) == 4 and number.text[:2] in ("19", "20"))
    )


def _second_figure_put_at(anchor: Token) -> Token | None:
    """ "put the death toll at 58 and the number of injured at 655": the parser joins the
    second figure noun to the verb, with its own "at 655"; the figure is that noun's."""
    at = anchor.head
    if anchor.dep_ != "pobj" or at.lower_ not in ("at", "to") or at.dep_ != "prep":
        return None
    noun = at.head
    if at.lower_ == "to" and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        # "has risen to 512 and the number of deaths to eight": "to eight" hangs on "deaths"
        # (or on the figure noun itself: "has risen to 48 and the death toll to seven")
        noun = noun.head.head
    counts = lemma(noun) in ("number", "toll", "figure", "count", "tally")  # (not "the alert level")
    return noun if noun.dep_ == "conj" and counts else None


def _wounds_denied_or_others(wound: Token) -> bool:
    """Whether wounds are denied ("none of the injured had gunshot wounds", "no patients with
    gunshot wounds"), told of a shooting by others ("after an armed robbery", "a protester fired a
    pistol") or of another year ("during protests in 2017")."""
    holder = wound.head.head if wound.dep_ == "pobj" else wound.head
    denied = any(c.lower_ in ("no", "none") for t in (wound, holder) for c in t.children) or any(
        t.lower_ in ("none", "no") and t.i < wound.i for t in holder.subtree
    )
    text = text_of(wound.sent)
    # ("bullet wounds caused by pellets": what it names made them)
    made_by_others = any(lemma(t) in lx.LESS_LETHAL_WORDS for t in wound.subtree)
    return denied or made_by_others or _negated(holder) or lx.OTHER_SHOOTING.search(text) is not None


def _yet_to_free(measure: str, verb: Token | None, noun: Token | None) -> bool:
    """Whether people counted as freed are only to be freed: the verb is what an effort aims at
    ("continuing to recover", "trying to free", "working to secure the release of")."""
    freeing = measure in ("released", "rescued") or measure.startswith(("recover|", "rescue|", "free|"))
    if not freeing or verb is None or noun is None:
        return False
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    aimed = verb.dep_ in ("xcomp", "advcl") and to
    # (an effort going on or only tried: "continuing to recover", "trying to free"; not "worked
    # with hunters to free the remaining 23 on Sunday", done)
    effort = verb.head
    going_on = effort.tag_ == "VBG" or lemma(effort) in lx.TRYING_VERBS
    return aimed and lemma(effort) in lx.EFFORT_VERBS and going_on


def _the_remaining(noun: Token | None) -> bool:
    """ "the remaining 23 workers", "the remaining hostages": those not yet freed."""
    return noun is not None and any(c.lower_ in ("remaining", "rest") for c in noun.children)


def _made_redundant(verb: Token) -> bool:
    """ "640 employees would be made redundant", "will make 640 workers redundant": their jobs
    are cut."""
    return lemma(verb) == "make" and any(
        c.lower_ == "redundant" and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in verb.children
    )


JOBS_OR_WORK = lx.JOB_NOUNS | {"work", "employment"}


def _left_without_jobs(verb: Token) -> bool:
    """ "the closure will leave 2,300 workers without jobs", "left 900 employees without work",
    "will put 1,150 people out of a job" (a company's move; not "the pandemic has left 2.5 million
    workers without jobs")."""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None or not (lemma(doer) in lx.COMPANY_MOVE_NOUNS or doer.ent_type_ == "ORG"):
        return False
    if lemma(verb) in ("put", "throw"):
        # (people put out of it, not "a lifeline thrown to workers out of a job", nor "put people
        # out of work back into jobs"; the parser may hang "out of a job" on a clause of the people)
        people = any(c.dep_ == "dobj" and lemma(c) in lx.STAFF_NOUNS for c in verb.children)
        back = any(t.lower_ == "back" for t in verb.subtree)
        return people and not back and any(
            t.lower_ == "out" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "of"
            and any(lemma(o) in JOBS_OR_WORK for o in t.nbor(1).children if o.dep_ == "pobj")
            for t in verb.subtree
        )
    return lemma(verb) == "leave" and any(
        lemma(p) in JOBS_OR_WORK
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "without"
        for p in prep.children
        if p.dep_ == "pobj"
    )


def _figure_noun_grown(noun: Token, verb: Token) -> Token | None:
    """ "the number of the soldiers who were killed increased to 51 soldiers": the count "the
    number" names, when the figure's own noun names again whom it counts."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.i == verb.i):
        return None
    told = next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in lx.FIGURE_NOUNS), None
    )
    counted = _counted_by(told) if told is not None else None
    return told if counted is not None and lemma(counted[0]) == lemma(noun) else None


def _counted_by(figure_noun: Token) -> tuple[Token, Token | None] | None:
    """What "the number of ..." counts, and the verb that says what happened to it:
    "the number of people killed" -> (people, killed); "the number of refugees" -> (refugees,
    None). None when the figure noun names nothing it counts."""
    of = next((c for c in figure_noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    # (the parser may hang the "for" on the verb: "raised [its figure] [for the number of ...]")
    holders = [figure_noun, figure_noun.head] if figure_noun.dep_ == "dobj" else [figure_noun]
    number = next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                   for o in p.children if o.dep_ == "pobj" and lemma(o) in lx.FIGURE_NOUNS), None)
    if of is None and number is not None:
        return _counted_by(number)  # "its figure for the number of workers underground"
    # ("the number of missing": the parser may read "missing" as a verb after "of")
    counted = next((c for c in of.children if c.dep_ == "pobj" or c.dep_ == "pcomp" and c.lower_ in
                    lx.ADJECTIVE_MEASURES), None) if of is not None else None
    # ("the number of those abducted": whom the verb after "those" counts)
    those_done = counted is not None and counted.lower_ == "those" and any(
        c.dep_ == "acl" and c.pos_ == "VERB" for c in counted.children
    )
    if counted is None or (
        counted.pos_ not in ("NOUN", "PROPN")
        and lemma(counted) not in lx.NOUN_MEASURES
        and counted.lower_ not in lx.ADJECTIVE_MEASURES  # "the number of the displaced"
        and not those_done
    ):
        return None  # "the number of dead": an adjective that names the counted
    # ("the number of people killed"; "its count of people who were inside the unit")
    verb = next((c for c in counted.children if c.dep_ in ("acl", "relcl") and (
        c.pos_ == "VERB" or c.dep_ == "relcl" and lemma(c) == "be")), None)
    if verb is None and lemma(counted) in lx.PERSON_NOUNS:
        # "the number of the soldiers of the Kenyan army who was killed": the parser hangs the
        # clause on the army; "who" is the soldiers
        whose = [p for prep in counted.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj"]
        verb = next((c for p in whose for c in p.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                     and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)),
                    None)
    if verb is None:
        # "put the number of homes destroyed at 51": the parser hangs the verb on "number"
        verb = next((c for c in figure_noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    if verb is None:
        # "the number of injured people", "of affected customers": a participle before the noun
        verb = next(
            (
                c
                for c in counted.children
                if c.dep_ == "amod"
                and c.i < counted.i
                and (lemma(c) in lx.BEFALLING_VERBS or verb_key(lemma(c)) == "affect")
            ),
            None,
        )
    return counted, verb


def _toll_that_reached(people: Token | None, verb: Token | None) -> Token | None:
    """The toll of "the death toll reached 31 people": the count the people are the figure of."""
    # (or of fighters: "the number of the killed from the infiltrators reached to 47 elements")
    counted = {"people", "person"} | lx.ENEMY_PEOPLE_NOUNS | lx.MILITARY_NOUNS | {"civilian"}
    if people is None or verb is None or lemma(people) not in counted:
        return None
    # ("reached 31 people", "rose to 31 people", "stood at 31 people")
    put = people.dep_ == "pobj" and people.head.lower_ in ("to", "at") and people.head.head.i == verb.i
    if people.dep_ != "dobj" and not put:
        return None
    if lemma(verb) not in lx.TALLY_VERBS and lemma(verb) != "stand":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and lemma(c) in lx.FIGURE_NOUNS), None)


def _measure(
    noun: Token | None,
    verb: Token | None,
    anchor: Token,
    figure: Figure,
    ctx: ArticleContext,
    frame: Frame | None,
) -> tuple[str, str]:
    """(measure, subject) of a figure: what is counted, and whose."""
    toll = _toll_that_reached(noun, verb)
    if toll is not None:
        return _measure(toll, verb, anchor, figure, ctx, frame)  # "the death toll reached 31 people"
    if figure.unit == lx.MINUTES:
        lasted = _what_lasted(anchor)
        return (f"duration|{lasted[0]}", "") if lasted else ("", "")
    if noun is not None and lemma(noun) == "absenteeism" and not _strikers_absent(noun, ctx):
        return "", ""  # "pupil absenteeism reached 60 percent": no strike's turnout
    verb = (
        _participle_found(noun, verb) or _harm_told_after(noun, verb) or _harm_of_a_toll(noun, verb) or verb
    )
    if figure.unit == "%" and (share := _vote_share(anchor, frame)) is not None:
        return share  # "Adjara Forward received 54.3% of the vote": the party's share
    if figure.unit == "%" and _voters_turned_out(anchor, verb):
        return "participants", ""  # "barely half of the registered voters went to the polls": turnout
    if not figure.unit and (seats := _seats_won(noun, verb, frame)) is not None:
        return seats  # "Terra Nova won 31 seats": the party's seats
    if noun is None and verb is not None and "shipwreck" in ctx.topics and _there_were_of_us(anchor, verb):
        return "aboard", ""  # "There were more than 100 of us", a survivor says of the boat
    other = _gapped_object(anchor.head, verb) if verb is not None and anchor.head.lower_ == "at" else None
    if other is not None:
        # "put the number of deaths at 19 and cases at 1,412": the cases are at 1,412
        return lx.NOUN_MEASURES.get(lemma(other), ""), ""
    if own := _own_state(anchor):
        return lx.ADJECTIVE_MEASURES[own], _whose(anchor, ctx, frame)  # "to 14 dead and four missing"
    if (befallen := _figure_of_so_many_befallen(anchor)) is not None:
        return befallen, ""  # "the state maintained its figure of nine abducted"
    if _disease_confirmed_in(anchor):
        return "cases", "confirmed"  # "tests have confirmed Legionnaires' disease in 19 of the 27"
    length = noun is not None and lemma(noun) in lx.DISTANCE_UNITS
    speed = noun is not None and lemma(noun) in lx.SPEED_UNITS
    if length and _area_unit(noun) is None and _volume_unit(noun) is None or speed:
        # a length or a speed is a size ("a sinkhole 40 metres deep", "travelling at 60 mph") or
        # counts nothing ("trapped at a depth of 700 metres", "640 metres underground"), whatever
        # state its sentence tells
        return _size_measured(noun, verb)
    if verb is not None and noun is not None and lemma(noun) in lx.PERSON_NOUNS and _pulled_alive(verb):
        return "rescued", ""  # "44 people were pulled alive from the water"
    if verb is not None and noun is not None and _packed_with(verb, noun):
        return "aboard", ""  # "the boat had been packed with more than 80 people"
    if verb is not None and noun is not None and _counted_setting_off(verb, noun):
        return "aboard", ""  # "we counted more than 80 people when we left Koh Trong"
    if noun is not None and _families_homeless(noun, verb):
        return "displace|family", ""  # "87 families were left homeless": families, not people
    if noun is not None and (_the_bodies_of(noun) or _of_bodies(noun) and _bodies_moved(noun, verb)):
        # "the bodies of 38 miners have been recovered", "received the bodies of seven soldiers"
        return "deaths", _whose(noun, ctx, frame)
    if noun is not None and (told := _state_told_of_the_listed(noun, verb, ctx)):
        return told, _whose(noun, ctx, frame)  # "registered the names of 19 people who were missing"
    state = _named_by_state_before(anchor)
    if state:
        return state, ""  # "the wounded 60 and the missing 9"
    if _gapped_state(anchor):
        # "at 11 dead and two missing"
        return lx.ADJECTIVE_MEASURES[anchor.head.lower_], _whose(anchor, ctx, frame)
    listed = _listed_as(verb, noun or anchor) if verb is not None else ""
    if listed:
        return listed, _whose(noun, ctx, frame)  # "listed 15 people as missing"
    # (not the 24 of "with the toll at 24 and two people still missing": the parser joins them)
    joined = any(c.dep_ == "conj" and c.like_num for c in anchor.children)
    if noun is not None and verb is not None and noun.dep_ == "nsubjpass" and _hit_in_the_body(verb):
        return "injured", _whose(noun, ctx, frame)  # "a student was hit in the face and lost an eye"
    if noun is not None and verb is not None and _held_as_taken(noun, verb):
        return "captured", _whose(noun, ctx, frame)  # "was holding two soldiers captured in the clash"
    if noun is not None and _missing_as_a_verb(noun) and not joined and (
        _killed_beside_the_missing(noun, noun.head) is None  # ("two people killed and one missing")
    ):
        return "missing", _whose(noun, ctx, frame)  # "with 31 people still missing"
    if noun is not None and _not_yet_found(noun):
        return "missing", _whose(noun, ctx, frame)  # "the names of 19 people who have not been found"
    if noun is not None and _in_shelters(noun, verb):
        # "some 3,100 people are staying in 48 temporary shelters" (children, or migrants, in
        # shelters apart)
        group = "" if lemma(noun) in lx.ANYONE_NOUNS else lemma(noun)
        return "sheltered", _whose(noun, ctx, frame) or group
    if _out_of_a_total(anchor):
        return "", ""  # "fewer than 9,000 stopped work, out of a workforce of 160,000"
    if _let_in(verb):
        # "about 30,000 people had been admitted into the stadium": those there, no one hurt
        # (not "1,200 migrants were admitted into the country": let in, not there at once)
        if noun is not None and lemma(noun) in lx.PERSON_NOUNS and _admitted_to(verb, lx.VENUES):
            return "present|people", _present_group(noun)
        return "", ""
    if _where_people_are(noun) or _where_the_counted_are(noun):
        return "", ""  # "staff at 140 hospitals joined the strike": hospitals, not staff
    noun_lemma = lemma(noun) if noun is not None else ""
    verb_lemma = lemma(verb) if verb is not None else ""
    if noun_lemma in lx.ANIMAL_NOUNS and verb is not None and verb_lemma in ("put", "stand") and any(
        lemma(c) in ("loss", "tally", "toll", "death") for c in verb.children
    ):
        return "animal_deaths", ""  # "the agency put livestock losses at 243,600 animals"
    if noun_lemma == "patient" and verb_lemma in ("hospitalise", "hospitalize") and verb is not None and any(
        c.lower_ == "where" for c in verb.children
    ):
        return "", ""  # "a ward where 17 patients were hospitalised": who was there, not the hurt
    if verb_lemma == "expose" and noun is not None and _data_of(noun):
        verb_lemma = "affect"  # "exposed the data of 3.4 million customers": they are affected
    if verb is not None and noun is not None and _fell_over(verb, noun):
        verb_lemma = "cover"  # "ash had fallen on 10 villages": ash covered them
    if noun is None and verb is not None and (number := _figure_noun_put_at(verb, anchor)) is not None:
        noun, noun_lemma = number, lemma(number)  # "put the number of homes destroyed at 51"
    if noun is not None and verb is not None and (grown := _figure_noun_grown(noun, verb)) is not None:
        found = _measure(grown, verb, anchor, figure, ctx, frame)
        if found[0]:
            return found  # "the number of soldiers killed increased to 51 soldiers"
    if noun is not None and noun_lemma in lx.FIGURE_NOUNS and noun.i != anchor.head.i:
        counted = _counted_by(noun)  # "the number of people killed has risen to 35"
        if counted is not None and counted[1] is None and lemma(counted[0]) in lx.PERSON_NOUNS and (
            (_on_board(counted[0]) or _aboard_after(counted[0]) or _on_board(noun)
             or _inside_the_works(counted[0])
             # (the parser may hang the place on the verb: "put the number of workers inside
             # the factory at 120")
             or noun.dep_ == "dobj" and _inside_the_works(noun.head))
            and not _told_in_a_state(counted[0])
        ):
            # "put the number of passengers on the bus at about 40", "revised the number of
            # people on board to 38", "... the number of people inside the plant at the time"
            return "aboard", ""
        if counted is not None and counted[0].pos_ not in ("NOUN", "PROPN"):
            named = lx.ADJECTIVE_MEASURES.get(counted[0].lower_)  # "the number of the displaced"
            if named:  # (and whose: "the number of the killed from the Ethiopian elements")
                return named, _whose(counted[0], ctx, frame)
        found = _measure(*counted, anchor, figure, ctx, frame) if counted is not None else ("", "")
        if found[0]:
            return found
        state = _state_on(counted[0]) if counted is not None and lemma(counted[0]) in lx.STAFF_NOUNS else ""
        if state:
            return state, ""  # "the number of staff on strike stood at 5,200"
        if counted is not None and lemma(counted[0]) in lx.CASE_NOUNS:
            return "", ""  # "the number of cases has risen to 219", of no illness named: not the last count
    crowd = verb is not None and _a_crowd_that_reached(noun or anchor, verb)
    if verb is not None and (_drawn_by_a_protest(anchor, verb) or crowd):
        # "the rally in the capital on Saturday drew no more than 3,000", "the crowd never exceeded
        # 5,000 people"
        return "participants", ""
    put = _measure_put_at(verb) if verb is not None else ""
    if put and verb is not None and lemma(verb) in lx.FIGURE_SETTING_VERBS and anchor.head.lower_ == "at":
        return put, ""  # "its estimate put turnout at 19.4 percent"
    if verb is not None and frame is not None and verb.i == frame.verb.i:
        if (
            lemma(verb) == "count"
            and noun is not None
            and lemma(noun) in ("people", "person")
            and not any(c.dep_ == "amod" for c in noun.children)  # "displaced people": their state
            and ctx.last_measure
            and ctx.last_measure[0] in lx.PEOPLE_MEASURES
        ):
            return ctx.last_measure  # "the ministry counted 55,000 people": of what was counted
        if (
            noun is not None
            and lemma(noun) in ("people", "person")
            and not any(c.dep_ == "amod" for c in noun.children)
            and noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and lemma(noun.head.head) in lx.FIGURE_NOUNS
            and any(c.dep_ == "poss" for c in noun.head.head.children)
            # (of people only counted and placed: not "its count of 61 people on board", "of
            # 300,000 people displaced", "of 6,000 people without power": counts of their own)
            and all(c.dep_ in ("nummod", "quantmod", "det", "advmod", "punct")
                    or c.dep_ == "prep" and c.lower_ in ("in", "at")
                    and all(o.pos_ == "PROPN" for o in c.children)
                    for c in noun.children)
            # (and last in its sentence: not "of 6,000 people without power", the parser hanging
            # "without power" on the verb)
            and all(t.is_punct for t in noun.doc[noun.right_edge.i + 1 : noun.sent.end])
            and ctx.last_measure
            and ctx.last_measure[0] in lx.PEOPLE_MEASURES
        ):
            return ctx.last_measure  # "the ministry maintained its figure of about 8,000 persons"
        if noun is None and puts_it(verb) and ctx.last_measure:
            return ctx.last_measure  # "police estimated the crowd at 15,000; organisers put it at"
        money = figure.unit in lx.CURRENCIES | lx.PREFIX_CURRENCIES  # "announced Tk 25,000": no count
        bare = (noun is None or noun.i == anchor.i) and not money
        # (not "said about 70 percent of nurses ... reported for work": a share of whom it names)
        of_whom = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" and not _of_them(c)]
        bare = bare and not of_whom
        if bare and anchor.dep_ == "dobj" and anchor.head.i == verb.i and ctx.last_measure:
            return ctx.last_measure  # "Police counted 5,000. The unions announced 9,000."
        people = noun is not None and lemma(noun) in ("people", "person")  # "the crowd at 3,000 people"
        if (bare or people) and put:
            return put, ""  # "put participation at 24.7 percent"
        verb_lemma = ""  # "police put the figure at", "rejected the figure of": it reports
    if (
        verb is not None
        and verb_lemma == "be"
        and any(c.dep_ == "expl" for c in verb.children)
        and _negated(verb)  # "there were 200 people at the market" counts something else
        and noun_lemma in lx.PERSON_NOUNS
        and ctx.last_measure
        and ctx.last_measure[0] in lx.PEOPLE_MEASURES
    ):
        return ctx.last_measure  # "There were not 19 men in that section": not 19 trapped
    if (
        verb is not None
        and verb_lemma == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
        and (noun is None or noun.i == anchor.i)
        and ctx.last_measure
    ):
        return ctx.last_measure  # "though the opposition said it was 30%": what was just counted
    if verb is not None and noun is not None and verb.lower_ == "including" and verb.head.pos_ == "NOUN":
        # "killed 22 people, including six children": six children killed. Only children are
        # counted apart (detect.same_subject); "including 12 officers" would meet the whole.
        whose = _whose(noun, ctx, frame)
        if not whose.endswith("child"):
            return "", ""
        whole = verb.head
        its_verb = whole.head if whole.head.pos_ == "VERB" else None
        measure, _ = _measure(whole, its_verb, whole, figure, ctx, frame)
        return (measure, whose) if measure else ("", "")
    if noun is not None and _among_them(anchor):
        # "four civilians were killed, among them two women": a part of the count just
        # given, counted apart only when children, as with "including"
        whose = _whose(noun, ctx, frame)
        if whose.endswith("child") and ctx.last_measure and ctx.last_measure[0] in lx.PEOPLE_MEASURES:
            return ctx.last_measure[0], whose
        return "", ""
    among = _children_among(anchor, noun)
    if among is not None:
        # "nine of the dead were children", "among the dead were 17 children": children
        # killed, counted apart as with "including six children"
        return among, "child"
    if verb is not None and noun is not None and _released(verb, noun):
        if _kidnapped(noun) and _freed_by_force(verb):
            return "rescued", ""  # "freed 31 people who had been kidnapped": out of their captors' hands
        whose = _nationality(noun)  # "handed over 103 Dravian prisoners"
        if not whose and lemma(verb) in ("bring", "get"):
            whose = _agent_country(verb)  # "Ukraine brought home 146 servicemen": its own
        return "released", whose
    freed = verb is not None and lemma(verb) in ("free", "release") and anchor.dep_ == "nsubjpass"
    freed = freed and not lx.CUSTODY_TALK.search(text_of(anchor.sent))  # (not suspects released)
    if freed and ctx.abduction and (noun is None or noun.i == anchor.i):
        return "released", ""  # "all twenty-three were freed" after an abduction: the hostages
    if verb is not None and noun is not None and _a_toll_kept(verb):
        # "the toll remained three soldiers killed": what befell those counted
        states = [c for c in noun.children if c.dep_ == "acl" and lemma(c) in lx.VERB_MEASURES]
        if states:
            return lx.VERB_MEASURES[lemma(states[0])], _whose(noun, ctx, frame)
    if verb is not None and (_away_from_work(verb) or "strike" in ctx.topics and _stayed_away(verb)):
        return "participants", ""  # "4,800 employees did not come to work": on strike
    if verb is not None and _refusing_food(verb):
        return "participants", ""  # "420 inmates were refusing food": on hunger strike
    came = verb_lemma == "come" and noun_lemma in lx.PARTICIPANT_NOUNS | {"people", "person"}
    if came and verb is not None and "protest" in ctx.topics and _came_to_protest(verb):
        return "participants", ""  # "the organisers said 50,000 people had come": to the march
    if (
        verb is not None
        and verb_lemma in ("be", "remain", "stay")
        and "strike" in ctx.topics
        and any(
            c.dep_ == "acomp" and c.lower_ == "absent"
            or verb_lemma == "stay" and c.dep_ == "advmod" and c.lower_ == "away"
            for c in verb.children
        )
        and (noun is None or noun_lemma in lx.STAFF_NOUNS - lx.SERVED_NOUNS)
    ):
        # "only about 600 employees were absent", "nine in ten dockworkers stayed away": the
        # strikers, counted
        return "participants", ""
    if (
        verb is not None
        and verb_lemma in ("hold", "keep")
        and any(lemma(c) in lx.CAPTIVE_NOUNS and c.i > verb.i and c != noun for c in verb.children)
        and (figure.high or figure.low or 0.0) < lx.MOST_HOSTAGES
    ):
        # "nine people had been held hostage": nine hostages (not "300,000 residents are held
        # hostage by gangs", a figure of speech)
        return "captured", ""
    # (not "52,000 homes have been flooded", which the parser may join to "eleven people remain
    # missing" as if it were another thing that remains)
    joined = noun is not None and noun.dep_ == "conj" and noun.head == verb
    if noun is not None and noun_lemma in lx.PERSON_NOUNS and _under_rubble(noun, verb):
        return "trapped", _whose(noun, ctx, frame)  # "more than 20 people are under the wreckage"
    # (not "the toll is 11 dead and 7 injured", whose 11 say their own state; nor "412 vehicles
    # were stranded", "eleven vehicles remained trapped": vehicles held up, not people)
    stated = any(c.dep_ == "amod" and c.lower_ in lx.ADJECTIVE_MEASURES for c in anchor.children)
    vehicles = noun is not None and lemma(noun) in lx.CONVOY_VEHICLES
    if verb is not None and verb_lemma in lx.STATE_VERBS and _either(verb):
        return "", ""  # "all 41 are either dead, in hospital or at home": no count of any one state
    if verb is not None and verb_lemma in lx.STATE_VERBS and not joined and not stated and not vehicles:
        for child in verb.children:  # "19 miners remained trapped", "12 are missing"
            word = child.lower_ if child.lower_ in lx.ADJECTIVE_MEASURES else lemma(child)
            if child.dep_ in ("acomp", "oprd", "attr") and word in lx.ADJECTIVE_MEASURES:
                return lx.ADJECTIVE_MEASURES[word], _whose(noun, ctx, frame)
            if state := _people_on(child):  # "40,000 workers were on strike"
                return state, ""
    compounds = [lemma(c) for c in noun.lefts if c.dep_ in ("compound", "amod")] if noun else []
    if verb is not None and verb_lemma == "leave" and (state := _state_after(noun or anchor)):
        # "left 31 people dead and eight missing", "left 12 people injured": each its state
        return lx.ADJECTIVE_MEASURES[state], _whose(noun, ctx, frame)
    in_state = verb is not None and not vehicles and (
        verb.lower_ in ("missing", "trapped", "stranded")
        or verb.lower_ in lx.ADJECTIVE_MEASURES and verb.pos_ == "ADJ"
    )
    if verb is not None and in_state and any(
        c.dep_ in ("aux", "auxpass") and lemma(c) == "be" for c in verb.children
    ):
        return lx.ADJECTIVE_MEASURES[verb.lower_], _whose(noun, ctx, frame)  # "two were still missing"
    # ("recorded 52 people dead": the parser may hang "dead" on the people)
    dead_after = noun is not None and any(c.lower_ == "dead" and c.i > noun.i for c in noun.children)
    if verb is not None and (any(c.lower_ == "dead" for c in verb.children) or dead_after):
        return "deaths", _whose(noun, ctx, frame)  # "shot dead"
    person = noun is not None and noun_lemma in lx.PERSON_NOUNS
    if verb is not None and person and (_to_death(verb) or _alive(verb)):
        return "deaths", _whose(noun, ctx, frame)  # "two guards were stabbed to death", "burned alive"
    # ("two protesters suffered minor injuries": the hurt among them, not their number)
    hurt_ones = noun is None or person or noun_lemma in lx.PARTICIPANT_NOUNS
    if verb is not None and _hurt(verb) and hurt_ones:
        return "injured", _whose(noun, ctx, frame)  # "four passengers suffered minor injuries"
    if verb_lemma in WOUNDING_VERBS and person and noun is not None and noun.dep_ == "nsubjpass":
        # "two workers were burned", "a teacher was stabbed" (not "two men stabbed three guards",
        # "rioters burned the homes of 40 migrants")
        return "injured", _whose(noun, ctx, frame)
    carers = noun_lemma in lx.HOSPITAL_STAFF  # (not "300 doctors were in hospital")
    if noun is not None and noun_lemma in lx.PERSON_NOUNS and not carers and _in_hospital(noun, verb):
        return "injured", _whose(noun, ctx, frame)  # "27 people are in hospital", "needed treatment"
    cared_for = person or noun_lemma in lx.PARTICIPANT_NOUNS
    if verb is not None and cared_for and not carers and _sought_care(verb):
        return "injured", _whose(noun, ctx, frame)  # "16 protesters sought medical help": the hurt
    if verb is not None and _driven_from_home(verb) and (noun is None or noun_lemma in lx.PERSON_NOUNS):
        return "displaced", ""  # "forced 41,000 people to flee", "driven 12 million from their homes"
    down_there = noun if noun is not None else _of_what(anchor)  # ("five of our comrades")
    if verb is not None and down_there is not None and _still_down_there(verb) and (
        # (and bodies not yet brought out of a mine: "seven bodies still lie under the rubble")
        lemma(down_there) in lx.PEOPLE_AT_WORK or lemma(down_there) == "body" and _a_mines_report(ctx)
    ):
        return "missing", ""  # "two miners are still underground": not yet out, after the fall
    if verb is not None and noun is not None and _drove_it(noun) and _on_board(verb):
        return "crew", ""  # "only one driver had been on the bus": who drove, not how many rode
    if verb is not None and _on_board(verb):
        return "aboard", ""  # "214 passengers and crew were on board"
    if verb is not None and _down_the_mine(verb, down_there, ctx):
        return "aboard", ""  # "52 of our colleagues were in that section when the tremor hit"
    if verb is not None and down_there is not None and _on_the_site(verb, down_there, ctx):
        # "45 workers were on the site when the scaffolding collapsed"
        return "aboard", _present_group(down_there)
    if verb is not None and down_there is not None and _down_for_a_shift(verb, down_there, ctx):
        return "aboard", ""  # "87 miners went down for the night shift"
    if verb is not None and noun is not None and _lamps_taken_down(noun, verb, ctx):
        return "aboard", ""  # "the lamp-room records showed 52 cap lamps issued for the shift"
    if verb_lemma == "be" and noun is not None and noun.dep_ == "attr" and _on_board(noun) and not (
        _gear_for_saving_lives(noun)
    ):
        # "there were 120 passengers aboard the ship" (not "there were about ten life jackets on
        # the boat")
        return "aboard", ""
    if verb is not None and noun is not None and _there_were_passengers(verb, noun):
        return "aboard", ""  # "there were 64 passengers and four crew": a passenger is aboard
    if verb is not None and noun is not None and _boarded(noun, verb):
        return "aboard", ""  # "132 people had boarded the MV Ma Bhawani"
    in_a_list = noun is not None and noun.head.lower_ == "of" and lemma(noun.head.head) in LIST_NOUNS
    boarding: list[Token] = []
    if noun is not None and in_a_list:
        boarding = [c for c in noun.children if c.dep_ == "relcl"]
    if noun is not None and any(_boarded(noun, c) for c in boarding):
        # "a list of 25 people who boarded the vessel": those aboard; "... and were still
        # missing": those missing
        # ("... and have not been found": those missing too)
        gone = any(v.lower_ in ("missing", "unaccounted")
                   or lemma(v) == "be" and any(a.lower_ in ("missing", "unaccounted") for a in v.children)
                   or lemma(v) in ("find", "locate", "recover") and _negated(v)
                   and any(c.dep_ == "auxpass" for c in v.children)  # (not "could not find life jackets")
                   for c in boarding for v in c.conjuncts)
        return ("missing" if gone else "aboard"), ""
    people_aboard = noun is not None and (noun_lemma in lx.PERSON_NOUNS or noun_lemma == "crew")
    being = verb_lemma in ("be", "remain")
    if people_aboard and noun is not None and noun.dep_ == "nsubj" and being and _on_board(noun):
        return "aboard", ""  # "all 21 seafarers on board are safe": the 21 aboard
    carried = noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "with"
    if people_aboard and carried and noun is not None and _on_board(noun):
        return "aboard", ""  # "left Obock with about 150 people on board"
    if people_aboard and noun is not None and _a_roll_of_those_aboard(noun):
        return "aboard", ""  # "the manifest shows 84 passengers", "records show 18 employees underground"
    if noun is not None and _names_on_a_passenger_roll(noun):
        return "aboard", ""  # "the passenger list contained 31 names"
    room = noun is not None and noun.head.lower_ == "for" and (
        lemma(noun.head.head) in lx.ROOM_NOUNS
        or any(lemma(c) in lx.ROOM_NOUNS for c in noun.head.head.children)
    )  # "the boat had room for 20 people on board"
    carried = verb is not None and verb_lemma in ("carry", "transport", "have") and any(
        c.dep_ == "nsubj" and lemma(c) in lx.VESSELS for c in verb.children
    )
    # (one trip's: "the bus transported 38 passengers", not "its buses transported 1.2 million
    # passengers last year", "each bus transported 50 daily")
    carried = carried and (verb_lemma != "transport" or verb is not None and _one_trip(verb))
    on_board = verb_lemma != "have" or noun is not None and _on_board(noun)
    if people_aboard and not room and carried and on_board:
        # "the ship was carrying 21 seafarers", "the bus transported 38 passengers", "the boat
        # had 42 people on board"
        return "aboard", ""
    if verb is not None and verb_lemma in ("leave", "abandon", "lose") and any(
        c.dep_ == "dobj" and lemma(c) in ("home", "house") for c in verb.children
    ) and (noun is None or noun_lemma in lx.PERSON_NOUNS) and not any(
        c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    ):
        # "fewer than 10,000 people had left their homes" (not "to join the march")
        return "displaced", ""
    # (not "counted 2.4 million displaced people": people in a state of their own)
    stated_people = noun is not None and any(
        c.dep_ == "amod" and (c.lower_ in lx.ADJECTIVE_MEASURES or lemma(c) in lx.VERB_MEASURES)
        for c in noun.children
    )
    if verb is not None and lemma(verb) in lx.COUNTING_VERBS and ctx.last_measure and not stated_people and (
        noun is None or noun_lemma in ("people", "person")
    ):
        return ctx.last_measure  # "police calculated around 40,000 people": what is being counted
    recalled = _recall_of(verb)
    if recalled and noun is not None:
        return f"recall|{_thing(noun)}", ""  # "its recall covers 98,400 vehicles" recalled them
    if _disease_cases(noun, verb, ctx.disease):
        # "312 cholera cases", "admitted more than 900 patients with cholera"
        return "cases", _case_status(noun, verb)
    # ("3.8 million customers were cut off": a service's users, not people cut off by a flood)
    # (not "cut off from online banking", "the carrier cut off 300 users who had not paid")
    users = noun is not None and noun_lemma in lx.SERVICE_USERS and noun.dep_ == "nsubjpass"
    deps = [(c.dep_, c.lower_) for c in verb.children] if verb is not None else []
    cut_off = users and verb_lemma == "cut" and ("prt", "off") in deps and ("prep", "from") not in deps
    # (not "400 homes were destroyed ..., mainly by power cuts": what befell the homes themselves)
    wrecked = verb is not None and verb_key(verb_lemma) in ("destroy", "damage")
    powerless = cut_off or lx.POWER_CUT.search(text_of(anchor.sent)) is not None
    if noun_lemma in lx.POWER_USERS and powerless and not wrecked:
        # "left 210,000 customers without electricity" (all cut off) is not "95,000 are still
        # without supply" (those not yet reconnected)
        still = lx.STILL_WITHOUT.search(text_of(anchor.sent))
        # (people are not households: "affected some 790,000 residents" against "265,000 households")
        heads = " people" if noun_lemma in ("resident", "people", "person") else ""
        return "without_power", ("still" if still else "cut") + heads
    held = noun is not None and (
        noun.head.lower_ == "of" and lemma(noun.head.head) in lx.LIMIT_NOUNS
        or noun.dep_ == "dobj" and verb_lemma in lx.HOLDING_STORE_VERBS and _volume_unit(noun) is not None
    )
    if (noun_lemma in lx.MASS_UNITS or _volume_unit(noun) is not None) and held:
        return "", ""  # "the tank, with a capacity of 5,000 cubic metres, leaked": what it holds
    activity = noun_lemma in lx.ACTIVITY_UNITS and noun is not None and _amount_released(noun)
    leak_units = noun_lemma in lx.MASS_UNITS or activity or _volume_unit(noun) is not None
    if leak_units and _tells_of_a_leak(anchor.sent):
        return "leaked", ""  # "2.5 tonnes of chlorine escaped", "amounted to less than 200 kg"
    data = _data_unit(noun) is not None
    if data and verb_lemma in lx.DATA_TAKING_VERBS and not lx.PART_RELEASED.search(text_of(anchor.sent)):
        return "data", ""  # "claimed to have stolen 1.2 terabytes of data" (not what a server holds)
    if data:
        return "", ""  # "a backup system that stores 40 terabytes", "a first batch of 50 gigabytes"
    if _area_unit(noun) is not None:
        if verb is not None and _a_holding(verb):
            return "", ""  # "who farms 35 hectares", "the vineyard area totals 145,000 hectares"
        if verb is not None and lemma(verb) in lx.AREA_WORKED_VERBS:
            return "area", lx.WORKED  # "38,000 hectares had been sprayed": not the area damaged
        return "area", ""  # "a fire on 1,000 square metres", "burned 3,200 hectares"
    if noun_lemma in lx.DISTANCE_UNITS or noun_lemma in lx.NOT_COUNTED:
        return "", ""  # a depth or a distance, said in passing; "tilted to one side"
    if noun_lemma in lx.CURRENCIES or figure.unit in lx.CURRENCIES | lx.PREFIX_CURRENCIES:
        if _a_ransom(anchor, verb, ctx):
            return "pay|ransom", ""  # "paid a ransom of about $5,000", "handed 3 million naira to them"
        if _demanded_by_captors(verb, anchor, ctx.abduction):
            return "demand|ransom", ""  # "the kidnappers demanded 50 million naira for the girls"
        return _money(noun, verb, ctx)
    if verb_lemma == "bury" and verb is not None and noun is not None and _laid_to_rest(verb, noun):
        return "deaths", _whose(noun, ctx, frame)  # "at least 20 soldiers had been buried": the dead
    if noun is not None and _killed_and_wounded(noun):
        return "casualties", _whose(noun, ctx, frame)  # "lost 220 servicemen killed and wounded"
    lost = _lost_in_a_list(noun) if verb_lemma in lx.PEOPLE_VERBS else None
    if lost is not None and noun is not None:
        # "lost 220 servicemen killed and wounded, eight tanks and 14 vehicles": tanks lost
        return _loss("lose", noun, lost, frame.speaker if frame else None)
    if verb is not None and noun is not None and _hit_in_a_limb(verb) and (
        noun_lemma in lx.PERSON_NOUNS | lx.PARTICIPANT_NOUNS | lx.MILITARY_NOUNS
    ):
        return "injured", _whose(noun, ctx, frame)  # "two fishermen were shot in the leg"
    carried = verb_lemma in CARRYING_VERBS and noun_lemma in CARRIED_PEOPLE
    carried = carried and verb is not None and not _carried_in_an_exchange_or_plan(verb)
    if carried and noun is not None and (state := _carried_state(noun)):
        # "the clinic received 34 injured people", "ambulances brought 20 wounded soldiers"
        return lx.ADJECTIVE_MEASURES[state], _whose(noun, ctx, frame)
    cared_for = lx.VERB_MEASURES.get(verb_lemma) == "injured" and noun_lemma in lx.PERSON_NOUNS
    if cared_for and noun is not None and verb is not None and (
        _ill_with_a_named_disease(noun) or _ill_with_a_named_disease(verb)
    ):
        return "cases", ""  # "has treated 31 patients with Crimean-Congo haemorrhagic fever": ill, not hurt
    people_verb = verb_lemma in lx.PEOPLE_VERBS and noun_lemma not in lx.NOUN_MEASURES
    people_verb = people_verb and noun_lemma not in lx.CONVOY_VEHICLES
    if people_verb and noun is not None and _where_or_when(noun):
        return "", ""  # "killed in three villages over two days": where and when, not who
    if people_verb and noun is not None and noun.pos_ == "NOUN":
        return lx.VERB_MEASURES[verb_lemma], _whose(noun, ctx, frame)  # "killed 23 villagers"
    nationals = _nationals(noun) if people_verb else None
    if nationals is not None:
        return lx.VERB_MEASURES[verb_lemma], nationals  # "killed three Palestinians", "arrested four Serbs"
    if (
        noun_lemma in lx.PARTICIPANT_NOUNS
        and lx.VERB_MEASURES.get(verb_lemma, "participants") != "participants"
    ):
        noun_lemma = "people"  # "31 protesters were arrested" counts arrests
        compounds = []
    if noun_lemma in ("cut", "loss", "reduction") and "job" in compounds:
        return "job_cuts", _jobs_at(noun)  # "the report of 2,800 job cuts", "job losses at Boucan"
    if noun is not None and noun_lemma in lx.PERSON_NOUNS | lx.HELD_NOUNS and any(
        c.lower_ in ("freed", "released") for c in noun.lefts
    ):
        return "released", _nationality(noun)  # "450 freed prisoners"
    if lx.NOUN_MEASURES.get(noun_lemma) in lx.NATIONAL_RATES:
        part = next((w for w in compounds if w in lx.RATE_PARTS), None)
        if part:  # "youth unemployment", "food inflation": a rate of its own
            return lx.NOUN_MEASURES[noun_lemma], part
    if noun_lemma in ("prisoner", "inmate") and _a_prison_population(verb):
        return "", ""  # "the Litoral alone houses more than 6,000 prisoners": none captured
    if noun_lemma == "survivor" and verb_lemma in lx.SURVIVOR_RESCUE_VERBS and noun is not None and (
        noun.dep_ in ("dobj", "nsubjpass") or noun.dep_ == "pobj" and noun.head.lower_ == "of"
    ):
        return "rescued", ""  # "26 survivors of the shipwreck were brought to the hotspot"
    if verb is not None and noun is not None and _caught(noun, verb):
        return "recaptured", ""  # "14 escapees had been recaptured by Tuesday night"
    if verb is not None and noun is not None and _escaped(noun_lemma, verb):
        return "escaped", ""  # "52 prisoners had fled": not prisoners taken
    if noun is not None and (befallen := _befallen_of(noun)):
        return befallen, _whose(noun, ctx, frame)  # "confirmed the deaths of three children"
    # (not "threatened to kill the 25 hostages", "may have been killed": no one killed yet)
    done_to_them = verb is not None and noun is not None and noun.head.i == verb.i
    done_to_them = done_to_them and verb is not None and verb.dep_ != "xcomp" and not with_a_modal(verb)
    if noun_lemma in lx.HELD_NOUNS | {"inmate"} and done_to_them and verb_lemma in lx.HARM_DONE_VERBS:
        # "six prisoners were killed in the riot": the dead (who they were is no count taken)
        return lx.VERB_MEASURES[verb_lemma], _whose(noun, ctx, frame)
    if verb_lemma in lx.RECORDING_VERBS and noun is not None and noun_lemma in lx.RESIDENT_NOUNS:
        # "we have registered 12,000 displaced people": those in that state (not the hurt: "95
        # wounded soldiers received in the exchange" were hurt some other day; nor what a
        # country "has": "Mali already has some 400,000 internally displaced people")
        state = _state_named(noun)
        if state and state not in lx.HARM_MEASURES and state in lx.ADJECTIVE_MEASURES.values():
            return state, _whose(noun, ctx, frame)
    # 1. The noun names the measure: "14 deaths", "31 bodies", "the death toll".
    # ("six life rafts", "life jackets": a thing for saving lives, no lives lost)
    for word in (*(w for w in compounds if w != "life"), noun_lemma):
        if word in lx.NOUN_MEASURES and not (word in ("growth",) and figure.unit != "%") and not (
            word == "attendance" and figure.unit == "%"  # "school attendance fell to 60 percent"
        ):
            measure = lx.NOUN_MEASURES[word]
            if measure == "change":
                return measure, _change_subject(noun, verb)
            if measure == "captured" and _prisoners_of_war(noun):
                return measure, _whose(noun, ctx, frame) or "military"
            return measure, _whose(noun, ctx, frame)
    outlaws = noun_lemma in lx.OUTLAW_NOUNS and verb_lemma != "destroy"  # (drones "destroyed")
    fighters = noun_lemma in lx.MILITARY_NOUNS or outlaws or _armed_members(noun)
    if verb_lemma in lx.KILLING_WORDS and fighters:
        return "deaths", _whose(noun, ctx, frame)  # "more than 60 terrorists neutralised"
    if verb is not None and verb_lemma == "sacrifice" and noun_lemma in lx.MILITARY_NOUNS and not any(
        c.dep_ == "dobj" for c in verb.children
    ):
        # "two soldiers from our forces were sacrificed in the battle", "the soldiers who
        # sacrificed in the battle": fallen (not "sacrificed their weekends", "50 employees were
        # sacrificed in the restructuring")
        return "deaths", _whose(noun, ctx, frame)
    if verb_lemma in lx.KILLING_WORDS and _enemy_people(noun):
        # "37 enemy elements were neutralised": the dead of the side the report fights (when it
        # knows which: not its own dead, whom it may count in the next sentence)
        whose = _whose(noun, ctx, frame)
        return ("deaths", whose) if whose not in ("", "military") else ("", "")
    if verb is not None and noun is not None and _attained_martyrdom(verb):
        return "deaths", _whose(noun, ctx, frame)  # "two border guards reached the degree of martyrdom"
    if noun is not None and noun_lemma in lx.MILITARY_NOUNS and (
        verb is not None and verb_lemma == "fall" and _fell_in_battle(verb)
        or any(t.lower_ == "fallen" for t in (*noun.children, noun.head))
    ):
        # "12 soldiers fell in the fighting", "7 soldiers fallen with arms in hand": killed
        return "deaths", _whose(noun, ctx, frame)
    # 2. Verb + object: "cut 4,000 jobs", "took part".
    if verb is not None and noun is not None and noun_lemma in lx.STORE_NOUNS:
        marked = _marked_for(noun, verb)
        if marked == "close":  # "documents list 45 stores for closure": the company's, whoever lists them
            return "closures", ctx.main_org or ""
        if verb_key(verb_lemma) == "close" and _closed_by_an_authority(verb):
            return f"close|{_thing(noun)}", ""  # "police shut 300 shops": an order, no company's count
        if verb_key(verb_lemma) == "close":
            return "closures", _org_subject(verb, ctx)  # "will close 38 of its 112 stores"
    if verb is not None and noun is not None and noun_lemma in lx.WORKFORCE_NOUNS and _staffed(verb, noun):
        return "workforce", _org_subject(verb, ctx)  # "the Lourosa plant has 410 workers"
    if verb is not None and noun is not None and noun_lemma in lx.STAFF_NOUNS and _contracts_ended(
        verb, noun
    ):
        # "will terminate the labour contracts of 2,650 workers"
        return "job_cuts", _org_subject(verb, ctx)
    if verb is not None and noun is not None and noun_lemma in lx.STAFF_NOUNS and _left_without_jobs(verb):
        return "job_cuts", _org_subject(verb, ctx)  # "the closure will leave 2,300 workers without jobs"
    if verb is not None and noun is not None and noun_lemma in lx.STAFF_NOUNS and _made_redundant(verb):
        return "job_cuts", _org_subject(verb, ctx)  # "640 of its employees would be made redundant"
    if verb is not None and noun is not None and noun_lemma == "member" and _counts_members(verb, noun):
        return "members", _member_of(verb, frame, ctx)  # "the union says it has more than 31,000 members"
    if verb is not None:
        objs = [
            lemma(c)
            for c in verb.children
            # "walked out": the parser may hang "out" as an adverb
            if c.dep_ in ("dobj", "prt", "nsubjpass") or c.dep_ == "advmod" and c.lower_ == "out"
        ]
        if noun_lemma and noun_lemma not in lx.PERSON_NOUNS | lx.FIGURE_NOUNS | lx.JOB_NOUNS:
            objs = []  # "cut 600 jobs and close 14 branches": the branches are no jobs
        for obj in ([noun_lemma] if noun_lemma else []) + objs:
            if verb_lemma in lx.CUT_VERBS and obj in lx.JOB_NOUNS:
                return "job_cuts", _org_subject(verb, ctx)  # "shed about 1,200 positions"
            if verb_lemma in ("lose", "cost") and obj == "position" and _lost_as_jobs(verb, ctx):
                return "job_cuts", _org_subject(verb, ctx)  # "520 positions would be lost"
            if obj in lx.JOB_NOUNS and _jobs_at_stake(verb, obj):
                return "job_cuts", _org_subject(verb, ctx)  # "putting 1,150 jobs at risk"
            going = verb_lemma in lx.GOING_VERBS and noun is not None and noun.dep_ == "nsubj"
            if going and obj in lx.JOB_NOUNS:
                return "job_cuts", ctx.main_org or ""  # "4,700 jobs would go": the company's
            staff = obj in lx.STAFF_NOUNS - lx.SERVED_NOUNS
            # (not "will affect 2,000 workers at suppliers": the model may hang "at" on the verb)
            told_with = [*(noun.children if noun is not None else ()), *verb.children]
            elsewhere = any(
                c.dep_ == "prep" and c.lower_ == "at" and lemma(o) in lx.OTHER_FIRMS
                for c in told_with for o in c.children
            )
            if verb_lemma in ("affect", "concern") and staff and not elsewhere and _a_company_move_does(verb):
                # "the planned closure would affect 290 employees", "the layoffs at Baltronic"
                return "job_cuts", _whose_move(verb) or ctx.main_org or ""
            if obj == noun_lemma and verb_lemma in lx.CROWD_FILL_VERBS:
                continue  # "heavy rain flooded 300 streets" counts streets, not a crowd
            if (verb_lemma, obj) in lx.VERB_OBJECT_MEASURES:
                if verb_lemma == "dismiss" and verb is not None and _for_a_cause(verb):
                    continue  # "dismissed 30 workers for joining the strike": a sanction, no job cut
                if _no_care_after_all(verb, obj):
                    continue  # "2,000 people sought help at relief camps", "received food aid"
                if _not_a_turnout(verb):
                    continue  # "the figure of 3,000 turned out to be wrong": no crowd
                if verb is not None and _counted_as_its_own(verb, lx.VERB_OBJECT_MEASURES[(verb_lemma, obj)]):
                    continue  # "some 200 arrests followed the strike": arrests, no crowd
                measure = lx.VERB_OBJECT_MEASURES[(verb_lemma, obj)]
                if measure in lx.ORG_MEASURES:
                    return measure, _org_subject(verb, ctx)
                # "37 servicemen laid down their weapons": whose people
                people = noun is not None and noun_lemma in lx.PERSON_NOUNS
                return measure, _whose(noun, ctx, frame) if people and measure in lx.PEOPLE_MEASURES else ""
    # 3. A generic figure noun says what it counts ("the number arrested", "the number of
    # people killed"), or refers back to the article's last figure.
    counted_by = _number_of_what(noun) if noun_lemma in lx.FIGURE_NOUNS else None
    if counted_by:
        return counted_by, ""
    if noun_lemma in lx.FIGURE_NOUNS and noun is not None and _for_a_gathering(noun):
        return "participants", ""  # "its estimate of 6,500 for the Skopje protest"
    if noun_lemma in lx.FIGURE_NOUNS and ctx.last_measure and (
        noun_lemma != "toll" or ctx.last_measure[0] in lx.HARM_MEASURES
    ):
        # (a toll is of the harmed: not of the 147 rescued just counted; and of all of them, not
        # of the children among them a sentence before told of, "two of the dead were minors";
        # but "two children were hurt, bringing the toll to 13" and "the toll among children"
        # are theirs)
        measure, whose = ctx.last_measure
        theirs = noun is not None and (
            any(t.like_num and t.i < noun.i for t in noun.sent)
            or any(lemma(t) in lx.CHILD_NOUNS for t in noun.subtree)
        )
        return measure, "" if noun_lemma == "toll" and whose.endswith("child") and not theirs else whose
    if noun_lemma == "toll":
        return "deaths", ""  # "the toll of 63": a toll, said of nothing else, counts the dead
    # 4. People counted by what happened to them: "4,300 Russian soldiers killed".
    if figure.unit == "%":
        if verb_lemma in lx.VERB_MEASURES and lx.VERB_MEASURES[verb_lemma] == "change":
            return "change", _change_subject(noun, verb)
        if lx.VERB_MEASURES.get(verb_lemma) == "participants" and _share_of_people(anchor):
            return "participants", ""  # "60 percent of teachers had joined the strike"
        if "strike" in ctx.topics and _share_at_work(anchor):
            return "participants", ""  # "about 60% reported for work": the rest struck (the caller)
        # ("put turnout at 95 percent, while the ministry estimated it at 38": a share just told
        # in the same sentence, not inflation "estimated at 9 percent" after a strike's count)
        told_just_before = verb is not None and any(
            t.i < verb.i and t.lower_ in PERCENT_TOKENS for t in verb.sent
        )
        if verb is not None and puts_it(verb) and told_just_before and ctx.last_measure and (
            ctx.last_measure[0] == "participants"
        ):
            return ctx.last_measure
        if verb is not None:  # "revised growth down to 1.4%": the object names the measure
            for child in verb.children:
                if child.dep_ == "dobj" and lx.NOUN_MEASURES.get(lemma(child)) == "change":
                    return "change", _change_subject(child, verb)
                # "revised the unemployment rate up to 8.1%"
                if child.dep_ in ("dobj", "nsubj") and lemma(child) == "rate":
                    # ("the participation rate", a translation's "the rate of the participation")
                    rated = [*(c for c in child.lefts if c.dep_ in ("compound", "amod")),
                             *_objects_of(child, "of")]
                    for word in map(lemma, rated):
                        if lx.NOUN_MEASURES.get(word) in ("unemployment", "inflation", "participants"):
                            return lx.NOUN_MEASURES[word], ""
        return "", ""
    if (
        noun is not None
        and noun.tag_ == "NNS"
        and noun_lemma not in lx.PERSON_NOUNS | lx.NOUN_MEASURES.keys()
        and noun_lemma not in lx.SIGHTED_CRAFT | lx.CONVOY_VEHICLES | lx.TAKING_PART_BODIES
        and lx.VERB_MEASURES.get(verb_lemma) == "participants"
    ):
        # "10,000 farmers had joined the blockade" (the parser may make "counter" the noun)
        return "participants", lx.COUNTER if _counter_protest(noun) else ""
    if noun is not None and verb_lemma in lx.VERB_MEASURES and _depicted(noun):
        return "", ""  # "carrying photographs of 11 men": pictures carried, no one aboard
    if (noun is None or noun_lemma in lx.PERSON_NOUNS) and verb_lemma in lx.VERB_MEASURES:
        measure = lx.VERB_MEASURES[verb_lemma]
        if measure == "change" and noun_lemma in lx.PERSON_NOUNS | {"people", "person"}:
            if became := _became(verb):  # "four soldiers fell as the martyrs of the Nation": killed
                return became, _whose(noun, ctx, frame) if noun is not None else ""
            return f"{verb_lemma}|people", ""  # "14 people fell into the water": no figure went down
        if measure == "change" and noun is None and verb is not None:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None:  # "the toll rose to 35": the subject names the measure
                for word in [lemma(c) for c in subj.lefts if c.dep_ == "compound"] + [lemma(subj)]:
                    if word in lx.NOUN_MEASURES:
                        return lx.NOUN_MEASURES[word], ""
            return "", ""
        if measure == "participants" and noun is None and anchor.dep_ not in ("nsubj", "nsubjpass"):
            return "", ""  # "marched 5 km"; but "350,000 marched": the number is the marchers
        if verb_lemma == "lose" and verb is not None and _lost_other_than_life(verb, noun or anchor):
            return "", ""  # "eight survivors had lost their sight": alive
        # ("23 of our sons were taken" from a camp, in a report of an abduction)
        taken = noun if noun is not None else _of_what(anchor)
        taken_one = taken is not None and (
            lemma(taken) in lx.PERSON_NOUNS or ctx.abduction and lemma(taken) in lx.KIN_NOUNS
        )
        if verb_lemma == "take" and not taken_one:
            return "", ""
        if verb_lemma == "take" and _taken_for_care(verb):
            return "injured", _whose(noun, ctx, frame)  # "ten soldiers were taken to hospital"
        if verb_lemma == "take" and not ctx.abduction and _carried_by(verb):
            return "", ""  # "1,200 residents were taken by bus to Batken": moved to safety
        if measure in lx.ORG_MEASURES:
            return measure, _org_subject(verb, ctx)
        # a number that names no one ("on the friendly side, 6 killed") is whose its side is
        return measure, _whose(noun if noun is not None else anchor, ctx, frame)
    if noun is not None and noun_lemma in lx.PERSON_NOUNS and verb is not None:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and lemma(subj) in ("march", "protest", "rally", "demonstration"):
            return "participants", ""
    if noun is not None and noun_lemma in lx.PERSON_NOUNS and verb is not None and _stuck(verb):
        return "trapped", _whose(noun, ctx, frame)  # "64 passengers were stuck in the cabins"
    # (or "19 of our people")
    told_of = noun if noun is not None else _of_what(anchor)
    if told_of is not None and lemma(told_of) in lx.PEOPLE_AT_WORK and verb is not None:
        unaccounted = _unaccounted_for(verb)
        if unaccounted:
            return unaccounted, _whose(told_of, ctx, frame)  # "31 workers have not come out of the mine"
    if noun is not None and noun_lemma in lx.PERSON_NOUNS and verb_lemma and verb_lemma not in lx.LIGHT_VERBS:
        if verb is not None and noun_lemma not in lx.MILITARY_NOUNS and _crosses_a_border(verb):
            return "displaced", _whose(noun, ctx, frame)  # "9,800 people had crossed the border"
        # "27,000 people crossed"; "280 firefighters were deployed" are no "600 soldiers"
        became = _became(verb)
        if became:
            return became, _whose(noun, ctx, frame)  # "5 members became martyrs": 5 dead
        if verb is not None and _present_when(noun, verb):
            # "90 miners were working at the site when it fell"
            return _present_measure(verb, ctx), _present_group(noun)
        if verb is not None and noun_lemma in lx.FORCES_NOUNS and _losses_put_at(noun, verb):
            return "deaths", _whose(noun, ctx, frame)  # "Armenian losses stood at 50 servicemen"
        did = _spent_doing(verb) or verb_lemma  # ("spent the night sleeping in the streets": slept)
        if did == "unaccounted":
            return "missing", _whose(noun, ctx, frame)  # "with seven people still unaccounted for"
        if verb_key(did) == "capture":
            return "captured", _whose(noun, ctx, frame)  # "gunmen seized 23 construction workers"
        return f"{verb_key(did)}|people", _whose(noun, ctx, frame) or _role(noun)
    of_people = _of_what(anchor) if noun is None and verb is not None and ctx.abduction else None
    back = of_people is not None and _came_home(f"{verb_key(verb_lemma)}|people", verb)
    if back and of_people is not None and (
        lemma(of_people) in lx.TAKEN_NOUNS | {"people", "person"} or of_people.lower_ in ("them", "us")
    ):
        # "only 16 of our people came home", "35 of them came back": of those taken, the freed
        return "released", ""
    if noun is not None and verb is not None and "protest" in ctx.topics and _a_crowd_there(noun, verb):
        return "participants", ""  # "there were 15,000 people on the Costanera" at a march
    if noun is None and verb is not None and _so_many_of_us_there(anchor, verb):
        return _present_measure(verb, ctx), ""  # "there were at least 35 of us on the evening shift"
    if noun is None and verb is not None and _we_were_so_many(anchor, verb) and (
        "aboard" in ctx.measures_told or not {"shipwreck", "crash"}.isdisjoint(ctx.topics)
    ) and not any(m == "aboard" and abs(figure.value - v) <= 0.1 * v for m, v in ctx.figures_told):
        # a survivor's "I think we were 40 or more", of those on the bus (not "We were 232",
        # after "survivors said about 230 people had boarded": the report's count, in the
        # survivor's words)
        return "aboard", ""
    present = noun if noun is not None else _of_what(anchor)  # ("15 of its workers")
    if verb is not None and present is not None and _present_when(present, verb):
        # "about 40 workers were at the site when the crane fell": of that group only (not
        # "300 villagers were in the hall" against "40 journalists were at the ceremony")
        return _present_measure(verb, ctx), _present_group(present)
    # 5. Anything else counted by a verb: "destroyed 230 homes" -> destroy|home.
    fleet = _of_what(anchor) if noun is None and anchor.dep_ in ("nsubj", "nsubjpass") else None
    if fleet is not None and lemma(fleet) in lx.RUNS:
        noun, noun_lemma = fleet, lemma(fleet)  # "only nine of its buses left the depots"
    if noun is not None and noun.pos_ == "NOUN" and verb_lemma and noun_lemma not in lx.PERSON_NOUNS:
        if noun_lemma in lx.FIGURE_NOUNS:
            return "", ""
        thing = _thing(noun)
        befell = _participle_act(noun)
        there_were = verb is not None and verb_lemma == "be" and any(c.dep_ == "expl" for c in verb.children)
        if befell and (there_were or verb_lemma in lx.RECORDING_VERBS | {"number", "total"}):
            # "there were 140 destroyed homes", "recorded 300 damaged buildings" (not "the city
            # has 2,000 destroyed homes": a stock over months, no event's count)
            return f"{verb_key(befell)}|{thing}", ""
        left_so = None
        if verb is not None and verb_lemma == "be":
            left_so = next((c for c in verb.children if c.dep_ == "acomp"
                            and _verb_lemma_of(c) in lx.DONE_TO_PARTICIPLES), None)
        if left_so is not None:
            return f"{verb_key(_verb_lemma_of(left_so))}|{thing}", ""  # "34 stations were closed"
        if verb is not None and thing in lx.SERVICE_VEHICLES and _in_service(verb):
            return f"run|{thing}", ""  # "216 trolleybuses were in service", "40 left the depots"
        done_to = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        # (told, not foreseen: not "would force 168 train cancellations if talks failed")
        foreseen = verb is not None and (with_a_modal(verb) or has_future_aux(verb))
        if noun_lemma in lx.ACTS_ON_THINGS and done_to and not foreseen:
            # "forced 168 flight cancellations", "there were 168 flight cancellations": 168 flights
            # cancelled
            return f"{lx.ACTS_ON_THINGS[noun_lemma]}|{lemma(done_to[-1])}", ""
        if verb_lemma in lx.LIGHT_VERBS:
            if noun_lemma in lx.MASS_UNITS or noun_lemma in lx.VOLUME_UNITS:
                return "", ""  # "the remaining cargo, about 129,000 tonnes, was secure": an amount, no count
            return f"count|{thing}", ""
        going_to = verb is not None and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        if thing == "job" and verb_lemma in lx.JOBS_GOING_VERBS and not going_to:
            # "of the 1,150 jobs to go, the company said", "600 jobs will disappear"
            own = frame.speaker.side if frame is not None and frame.speaker.side in ctx.org_sides else ""
            return "job_cuts", _jobs_at(noun) or own
        if verb is not None and _damaged_or_destroyed(verb):
            # "1,200 homes were damaged or destroyed": one count of both, not of the destroyed
            # (nor of the damaged) alone
            return f"{DAMAGED_OR_DESTROYED}|{thing}", ""
        ruin = set(ctx.topics) & (lx.DISASTER_TOPICS | {"war"})
        if verb_key(verb_lemma) == "lose" and thing == "home" and ruin:
            return "destroy|home", ""  # "we have lost 140 homes" to the fire: 140 destroyed
        if verb_key(verb_lemma) in lx.LOSS_VERBS:
            return _loss(verb_key(verb_lemma), noun, verb, frame.speaker if frame else None)
        if noun_lemma in lx.SIGHTED_CRAFT and verb_lemma in lx.SIGHTING_VERBS:
            return f"find|{thing}", _agent_country(verb)  # "tracked 89 aircraft", "32 took part"
        if noun_lemma in lx.CONVOY_VEHICLES and (
            verb_lemma in lx.CONVOY_VERBS or verb is not None and verb_lemma == "take" and _take_part(verb)
        ):
            return f"cross|{thing}", ""  # "1,300 tractors entered", "3,000 tractors took part"
        if _did_not_run(noun, verb):
            return f"cancel|{thing}", ""  # "120 flights did not leave": 120 cancelled
        if _did_not_open(noun, verb) or _shuttered(noun, verb) or _did_not_teach(noun, verb) or (
            _classes_halted_in(noun, verb)
        ):
            # "more than 18,000 schools did not open their doors", "1,900 pharmacies kept their
            # shutters down", "97 schools did not hold lessons", "classes were suspended in 860
            # schools": closed
            return f"close|{thing}", ""
        if noun_lemma in lx.DATA_SUBJECTS and verb_lemma in lx.DATA_ACCESS_VERBS:
            return f"affect|{thing}", ""  # "the data of 1.2 million customers was stolen"
        act = _marked_for(noun, verb) or _state_kept(verb) or _underwent(verb) or verb_lemma
        if act == "consume" and verb is not None and _by_fire(verb):
            act = "burn"  # "1.9 million litres of crude were consumed by the fire" (not "consumed meat")
        partly = verb is not None and any(c.lower_ in lx.PARTLY_WORDS for c in verb.children)
        if act == "burn" and thing in lx.BURNED_BUILDINGS and not partly:  # (not "partially burned")
            act = "destroy"  # "more than 40 houses are completely burned": destroyed
        if act == "operate" and thing.rsplit(" ", 1)[-1] in lx.RUNS and not _a_usual_day(verb):
            act = "run"  # "47 of the 53 bus routes were operated": the routes that ran
        if act in ("leave", "depart") and thing.rsplit(" ", 1)[-1] in lx.RUNS and verb is not None and (
            _left_to_run(verb)
        ):
            act = "run"  # "only nine of its buses left the depots", "87 trains had departed": they ran
        if act == "ground" and noun_lemma in lx.SCHEDULED_SERVICES:
            act = "cancel"  # "175 flights were grounded" (not "grounded 171 jets": aircraft kept down)
        left_doing = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if act == "leave" and left_doing is not None and noun.dep_ == "dobj":
            act = lemma(left_doing)  # "leaving 31 vessels waiting at anchor": 31 waiting
        if verb is not None and _went_ahead(verb):
            # "19 ship movements went ahead", "fewer than five had taken place"; "only 12 of the
            # 40 flights took place": ran
            act = "run" if thing.rsplit(" ", 1)[-1] in lx.RUNS else "happen"
        return f"{verb_key(act)}|{thing}", _agent_country(verb)
    return "", ""


def _went_ahead(verb: Token) -> bool:
    """ "went ahead", "took place": happened, as one count says and another denies."""
    if lemma(verb) == "go":
        return any(c.lower_ == "ahead" and c.dep_ in ("advmod", "prt") for c in verb.children)
    return lemma(verb) == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _amount_released(unit: Token) -> bool:
    """ "a release of 0.8 gigabecquerels", "the release amounted to 2.6 gigabecquerels",
    "released 0.8 gigabecquerels": an amount released (not a dose, a concentration "per
    litre", a limit, or what it "would release")."""
    after = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    if any(t.lower_ == "per" for t in unit.rights) or after is not None and after.lower_ == "per":
        return False
    head = unit.head
    if unit.dep_ == "pobj" and head.lower_ == "of":
        return lemma(head.head) in lx.LEAK_WORDS  # "a release of"
    verb = head.head if unit.dep_ == "pobj" else head  # "amounted to", or "released"
    planned = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could") for c in verb.children)
    if verb.pos_ != "VERB" or planned:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return lemma(verb) in lx.LEAK_WORDS or subject is not None and lemma(subject) in lx.LEAK_WORDS


def _lost_other_than_life(verb: Token, counted: Token) -> bool:
    """ "eight survivors had lost their sight": the people counted lost something that is not
    their life (not "12 people lost their lives", "we lost 500 soldiers")."""
    if counted.dep_ != "nsubj" or counted.head.i != verb.i:
        return False
    return any(c.dep_ == "dobj" and lemma(c) != "life" for c in verb.children)


def _became(verb: Token | None) -> str:
    """The measure of what people became: "5 members became martyrs" (deaths), "2,000 people
    became refugees" (displaced); "" for anything else."""
    if verb is None:
        return ""
    if lemma(verb) != "become":
        # ("two soldiers ascended as martyrs", "fell as martyrs")
        as_what = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                   if o.dep_ == "pobj"]
        return "deaths" if any(lemma(o) in lx.MARTYR_WORDS for o in as_what) else ""
    what = next((c for c in verb.children if c.dep_ == "attr"), None)
    return lx.NOUN_MEASURES.get(lemma(what), "") if what is not None else ""


def _present_when(people: Token | None, verb: Token) -> bool:
    """How many were there when it happened: "about 40 workers were at the site when the crane
    fell", "48 guests were in the hotel when fire broke out", "only 15 of its workers were on
    site at the time", "around 90 miners were working at the site when the gallery collapsed"
    (not "40 workers were at the site", said of any day)."""
    there_as = lemma(verb) == "be" or lemma(verb) == "work" and verb.tag_ == "VBG"
    if people is None or lemma(people) not in lx.PERSON_NOUNS or not there_as or _negated(verb):
        return False
    # (not "were on board when it capsized": those aboard, counted as such)
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "on", "inside")]
    there = any(not any(lemma(o) == "board" for o in c.children) for c in places)
    when = any(
        c.dep_ == "advcl" and any(m.lower_ in ("when", "as") for m in c.children)
        or c.dep_ == "prep" and c.lower_ == "at" and any(lemma(o) == "time" for o in c.children)
        for c in verb.children
    )
    # "47 workers were on that shift", "there were 23 workers on the night shift": the shift
    # it happened on (said of people at work, not of any day's staffing: "the plant runs three shifts")
    shift = [o for t in (verb, people) for c in t.children if c.dep_ == "prep" and c.lower_ == "on"
             for o in c.children if lemma(o) == "shift"]
    # (not "about 120 workers are on each shift", "typically 65 are on the night shift": any day's)
    any_day = any(c.lower_ in ("each", "every", "a", "per") for o in shift for c in o.children) or any(
        c.lower_ in ("typically", "usually", "normally", "generally") for c in verb.children
    )
    if shift and lemma(verb) == "be" and verb.tag_ == "VBD" and not any_day:
        return True
    # ("put at 44 the number of people who were in the boiler house": a count of those who were
    # there, as a figure of its own, is of the time it tells of, not of any day)
    counted = verb.dep_ == "relcl" and verb.tag_ == "VBD" and people.dep_ == "pobj" and (
        people.head.lower_ == "of" and lemma(people.head.head) in lx.FIGURE_NOUNS
    ) and not any(lemma(o) in NOT_A_SITE for p in places for o in p.children)
    # (not "the number of people who were in shelters overnight", "in custody", "in quarantine")
    # ("were inside the mine near Sabinas, Coahuila, when a methane explosion tore through it,
    # three more than the operator had reported": the parser may hang the "when" on a later verb)
    return there and (when or counted or any(_when_next(c.right_edge) for c in places))


# Where people are kept or cared for, not a works they were at: "in shelters", "in custody".
NOT_A_SITE = frozenset(
    "shelter custody quarantine detention hospital camp jail prison isolation care school".split()
)


def _when_next(word: Token) -> bool:
    """Whether a "when" follows `word`, past a comma."""
    doc, i = word.doc, word.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].lower_ == "when"


def _families_homeless(noun: Token, verb: Token | None) -> bool:
    """ "87 families were left homeless", "500 households were displaced", "about 120 families had
    lost their homes": homes' worth of people, counted by the family (never against a count of
    people)."""
    if verb is None or lemma(noun) not in ("family", "household") or _negated(verb):
        return False
    told = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "dobj")]
    # ("had recorded 3,450 displaced families": counted in that state)
    counted_displaced = lemma(verb) in lx.RECORDING_VERBS and any(
        c.dep_ == "amod" and c.lower_ in ("displaced", "homeless") for c in noun.children
    )
    return (
        counted_displaced
        or lemma(verb) in ("displace", "uproot")
        or lemma(verb) in ("leave", "be", "remain") and any(c.lower_ == "homeless" for c in told)
        or lemma(verb) == "lose" and any(lemma(c) in ("home", "house") for c in told)
    )


def _spent_doing(verb: Token | None) -> str:
    """ "600 people spent a fifth night sleeping in the streets": sleeping is what they did."""
    if verb is None or lemma(verb) != "spend":
        return ""
    doing = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG"), None)
    return lemma(doing) if doing is not None else ""


def _state_kept(verb: Token | None) -> str:
    """ "4,800 schools remained closed", "stayed shut": closed, as "were closed" says ("" else)."""
    if verb is None or lemma(verb) not in ("remain", "stay"):
        return ""
    state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd")), None)
    closed = state is not None and state.lower_ in ("closed", "shut")  # (the model may tag it an adjective)
    if state is None or not (closed or state.tag_ == "VBN"):
        return ""
    return "close" if closed else lemma(state)


def _left_in_a_state(verb: Token) -> Token | None:
    """ "were left stranded": the state they were left in (a participle), which says what befell
    them; None for anything else ("were left behind", "were left homeless")."""
    if lemma(verb) != "leave" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "oprd") and c.tag_ == "VBN"), None)


def _stuck(verb: Token) -> bool:
    """ "64 passengers were stuck in the cabins": held where they were (not "the ministry stuck
    to its figure", "police stuck by their estimate")."""
    if lemma(verb) != "stick":
        return False
    if not any(c.dep_ in ("auxpass", "aux") and lemma(c) == "be" for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "by", "with") for c in verb.children)


def _had_to_be(verb: Token) -> Token | None:
    """ "had to be postponed": what was done (postponed), not "have"; None else."""
    if lemma(verb) != "have" or verb.tag_ != "VBD" or any(c.lower_ == "yet" for c in verb.children):
        return None  # (not "have yet to be rescued", "will have to be evacuated")
    done = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if done is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in done.children):
        return None
    return done


# What opens a clause of when or why: "after four members of a family died".
BACKGROUND_MARKS = frozenset(["after", "when", "as", "since", "because", "following"])


def _why_denied(anchor: Token, frame: Frame) -> bool:
    """ "dismissed reports of an outbreak after four members of a family died": the count is
    what led to the reports (a clause of when or why), not what was dismissed."""
    node = anchor
    while node.i != node.head.i and node.i != frame.verb.i:
        marks = [c.lower_ for c in node.children if c.dep_ == "mark"]
        if node.dep_ == "advcl" and BACKGROUND_MARKS.intersection(marks):
            return node.head.i == frame.verb.i
        node = node.head
    return False


def _underwent(verb: Token | None) -> str:
    """ "14 vessels suffered delays", "300 homes sustained damage": the act they underwent
    (delay, damage), which "38 vessels were delayed" counts too ("" else)."""
    if verb is None or lemma(verb) not in lx.UNDERGOING_VERBS:
        return ""
    undergone = (lx.UNDERGONE_ACTS.get(lemma(c), "") for c in verb.children if c.dep_ == "dobj")
    return next((act for act in undergone if act), "")


def _unaccounted_for(verb: Token) -> str:
    """People not out of where disaster caught them: "31 workers have not come out of that
    mine", "16 workers went into that tunnel and did not come out" (trapped); "29 workers have
    not been found" (missing). Not "did not come out of hiding", "have not come out to vote",
    "have not been found guilty". "" otherwise."""
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj")):
        if not _negated(v):
            continue
        if v is not verb and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            continue  # ("46 were on shift ... and five of them had not been located": the five's)
        went_in = v is not verb and lemma(verb) in lx.ENTERING_VERBS and _into_a_trap(verb)
        if lemma(v) in ("come", "get") and _has_particle(v, "out") and (_into_a_trap(v) or went_in):
            return "trapped"
        passive = any(c.dep_ == "auxpass" for c in v.children)
        judged = any(c.dep_ in ("acomp", "oprd", "xcomp") for c in v.children)  # "found guilty"
        if passive and not judged and lemma(v) in ("find", "locate", "trace"):
            return "missing"
        accounted = lemma(v) == "account" and any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children)
        if passive and accounted:
            return "missing"  # "19 of our people have not been accounted for"
    return ""


def _into_a_trap(verb: Token) -> bool:
    """Whether a verb goes into or out of a place that traps people: "out of that mine",
    "went into that tunnel" (not "out of hiding", "out of their homes")."""
    return any(lemma(t) in lx.TRAPPING_PLACES for t in verb.subtree if t.dep_ == "pobj")


def _did_not_run(noun: Token | None, verb: Token | None) -> bool:
    """ "1,300 flights will not take place", "120 flights did not leave Riga", "200 flights
    did not take off": services that did not run (not "did not leave on time", "did not run
    until midday", "were not delayed", nor church services that did not take place)."""
    if noun is None or verb is None or lemma(noun) not in lx.SCHEDULED_SERVICES:
        return False
    if lemma(verb) == "take":
        running = _takes_place(verb) and lemma(noun) != "service" or _has_particle(verb, "off")
    else:
        running = lemma(verb) in lx.RUNNING_VERBS or lemma(verb) == "go" and _has_particle(verb, "ahead")
    subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i
    return running and subject and _negated(verb) and not _ran_otherwise(verb)


def _did_not_open(noun: Token | None, verb: Token | None) -> bool:
    """ "18,000 schools did not open (their doors)", "5,087 schools did not open on Thursday":
    premises that stayed closed (not "did not open until noon": they opened)."""
    if noun is None or verb is None or lemma(noun) not in lx.PREMISES_NOUNS or lemma(verb) != "open":
        return False
    subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i
    # (not "did not open new branches", "have not yet opened")
    opened_other = any(c.dep_ == "dobj" and lemma(c) != "door" or c.lower_ == "yet" for c in verb.children)
    return subject and _negated(verb) and not _ran_otherwise(verb) and not opened_other


# What binds or asks someone not to do a thing: "agreed not to take part", "urged them not to".
COMMITTING_VERBS = frozenset(
    "agree pledge promise vow undertake urge ask call order tell warn advise instruct sign".split()
)


def _committed_not_to(verb: Token) -> bool:
    """ "signed pledges not to take part in gatherings", "agreed not to march", "urged people not to
    join": a commitment or a call, not what happened (not "refused to take part", "decided not to
    close the plant": what they did, and what the company will do)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "acl":
        return lemma(head) in ("pledge", "promise", "undertaking", "call", "order", "agreement")
    return verb.dep_ in ("xcomp", "ccomp") and lemma(head) in COMMITTING_VERBS


# What a school holds: "did not hold lessons", "classes were suspended in 860 schools".
LESSONS = frozenset(["lesson", "class"])


def _did_not_teach(noun: Token | None, verb: Token | None) -> bool:
    """ "97 schools in the capital did not hold lessons": schools closed for the day."""
    if noun is None or verb is None or lemma(noun) not in lx.PREMISES_NOUNS:
        return False
    if lemma(verb) not in ("hold", "give"):
        return False
    taught = any(c.dep_ == "dobj" and lemma(c) in LESSONS for c in verb.children)
    # (a day's: not "300 schools do not hold lessons on Saturdays")
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in verb.children)
    return taught and past and noun.dep_ == "nsubj" and noun.head.i == verb.i and _negated(verb)


def _classes_halted_in(noun: Token | None, verb: Token | None) -> bool:
    """ "classes were suspended in 860 of the country's schools": those schools closed."""
    if noun is None or verb is None or lemma(noun) not in lx.PREMISES_NOUNS or noun.dep_ != "pobj":
        return False
    # (or "860 of the schools")
    where = noun.head.head if noun.head.lower_ == "of" and noun.head.head.like_num else noun
    if where.dep_ != "pobj" or where.head.lower_ not in ("in", "at") or where.head.head.i != verb.i:
        return False
    if _negated(verb):
        return False
    halted = lemma(verb) in ("suspend", "cancel", "halt", "stop")
    return halted and any(c.dep_ in ("nsubjpass", "dobj") and lemma(c) in LESSONS for c in verb.children)


def _shuttered(noun: Token | None, verb: Token | None) -> bool:
    """ "1,900 pharmacies kept their shutters down", "shops pulled down their shutters": premises
    closed (not "kept their doors open")."""
    if noun is None or verb is None or lemma(noun) not in lx.PREMISES_NOUNS or noun.dep_ != "nsubj":
        return False
    if _negated(verb):
        return False  # ("did not pull down their shutters")
    shut = any(c.dep_ == "dobj" and lemma(c) in ("shutter", "door") for c in verb.children)
    return shut and lemma(verb) in ("keep", "pull", "bring", "roll") and any(
        c.lower_ in ("down", "closed", "shut") for c in (*verb.children, *(
            g for c in verb.children if c.dep_ == "dobj" for g in c.children))
    )


def _has_particle(verb: Token, word: str) -> bool:
    """ "come out", "come out of", "take off", "go ahead": the word that makes the verb's sense."""
    return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == word for c in verb.children)


def _ran_otherwise(verb: Token) -> bool:
    """ "did not leave on time", "did not run until midday", "did not operate as scheduled",
    "did not fly empty": how or when it ran, not whether."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in lx.RAN_OTHERWISE_PREPS:
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(lemma(g) in lx.TIMETABLE_WORDS for g in c.children):
            return True
        as_planned = any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)  # "as scheduled"
        manner = c.dep_ in ("advmod", "acomp", "oprd", "advcl")
        if manner and (c.lower_ in lx.RAN_OTHERWISE_WORDS or as_planned):
            return True
    return False


def _an_abduction(docs: list[Doc], topics: tuple[str, ...]) -> bool:
    """Whether an article tells of people abducted, and of no disaster (where its missing
    are the abducted)."""
    words = {lemma(t) for d in docs for t in d}
    disaster = set(topics) & lx.DISASTER_TOPICS or words & lx.DISASTER_WORDS
    hostages = any(t.lower_ == lx.HOSTAGES for d in docs for t in d)  # ("All hostages have been freed")
    ransom = lx.RANSOM in words and words.isdisjoint(lx.HACKING_WORDS)
    return bool(words & lx.ABDUCTION_WORDS or hostages or ransom) and not disaster


EARLIER_WORDS = frozenset(["earlier", "previous", "initial", "original", "former", "prior", "old"])


def _an_earlier_figure(anchor: Token, verb: Token | None) -> bool:
    """ "the earlier estimate was equivalent to 101,000 acres", "the previous figure of 41,000 was
    revised": a figure told before, not one given now (not the 19 of "the initial toll of 12
    rose to 19", nor "the initial estimate of 40 was confirmed": still given)."""
    if verb is None:
        return False
    if lemma(verb) == "be":
        return any(c.dep_ in ("nsubj", "nsubjpass") and _earlier(c) for c in verb.children)
    if lemma(verb) in STILL_GIVEN_VERBS:
        return False  # "the initial estimate of 40 deaths was confirmed": given still
    # the number told in the earlier figure's own words ("the figure of 41,000 hectares was
    # revised", "its earlier figure of 300 evacuees had been based on incomplete information"),
    # not the one it was changed to
    return any(_earlier(t) or _revised(t) for t in anchor.ancestors if t.i != verb.i and verb in t.ancestors)


# Verbs by which a speaker replaces a figure it gave: "revising the figure of 46 it gave".
# (not "updated the figure of 58 dead": the figure now)
REVISING_VERBS = frozenset("revise correct replace".split())


def _revised(figure_noun: Token) -> bool:
    """ "58 people were on site, revising the figure of 46 it gave on the day": the figure a
    speaker's new one replaces (not "revised the toll to 58": the number it was revised to)."""
    return (
        lemma(figure_noun) in lx.FIGURE_NOUNS
        and figure_noun.dep_ == "dobj"
        and lemma(figure_noun.head) in REVISING_VERBS
    )


# Verbs by which an earlier figure is given still: "the original figure of 25 still stands".
STILL_GIVEN_VERBS = frozenset("confirm stand remain hold maintain keep reaffirm repeat stick".split())


def _earlier(figure_noun: Token) -> bool:
    return lemma(figure_noun) in lx.FIGURE_NOUNS and any(
        m.dep_ == "amod" and m.lower_ in EARLIER_WORDS for m in figure_noun.children
    )


# Verbs an area is held or measured by, not hit by: what there is, not what an event struck.
HOLDING_VERBS = frozenset(
    "farm own total cultivate plant hold span stretch manage lease comprise measure".split()
)


# What an event does to the land it counts: "flooded farmland", "the area destroyed by hail".
STRIKING_VERBS = frozenset("burn flood damage destroy affect scorch hit devastate ravage inundate".split())


def _a_holding(verb: Token) -> bool:
    """Whether a verb tells land someone holds or an area there is ("who farms 35 hectares",
    "the vineyard area totals 145,000 hectares"), not land an event struck ("the fire now spans
    12,000 acres", "the area destroyed by hail totals 41,000 hectares", "the burn scar
    measures 9,000 acres")."""
    if lemma(verb) not in HOLDING_VERBS:
        return False
    holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is not None and holder.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        holder = verb.head  # "Acme, which owns 4,000 hectares"
    if holder is None:
        return lemma(verb) in ("farm", "own", "cultivate", "plant", "lease", "manage")
    struck = lemma(holder) in lx.TOPICS or any(
        c.dep_ in ("amod", "acl", "compound") and (lemma(c) in STRIKING_VERBS or c.lower_.endswith("ed"))
        for c in holder.children
    )  # (the model may read "flooded" as an adjective: any participle tells what was done to it)
    return not struck


# What is done to people that wounds them (not "burned 3,200 hectares": its count is no people).
WOUNDING_VERBS = frozenset(["stab", "burn", "scald", "slash"])


def _to_death(verb: Token) -> bool:
    """ "stabbed to death", "beaten to death", "burned to death": killed (not "sentenced to
    death"); "27 soldiers were sent to hell", as armies' statements say of enemies killed."""
    return lemma(verb) not in ("sentence", "condemn") and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lower_ == "death"
            # (not "sent to hell and back")
            or g.lower_ == "hell" and lemma(verb) in ("send", "dispatch") and not any(
                d.dep_ == "cc" for d in g.children
            )
            for g in c.children
        )
        for c in verb.children
    )


def _lost_as_jobs(verb: Token, ctx: ArticleContext) -> bool:
    """ "520 positions would be lost", "will cost 300 positions": jobs, in a report of no war
    (where "lost 12 positions near Pokrovsk" are ground) and of a loss no one suffered as a
    subject ("the party lost 14 posts in the council")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or lemma(verb) == "cost"
    return passive and not {"war", "attack"} & set(ctx.topics)


def _alive(verb: Token) -> bool:
    """ "five villagers were burned alive": killed."""
    return lemma(verb) in WOUNDING_VERBS | {"bury"} and any(c.lower_ == "alive" for c in verb.children)


def _refusing_food(verb: Token) -> bool:
    """ "were refusing food", "have refused meals": a hunger strike's strikers."""
    return lemma(verb) == "refuse" and any(
        c.dep_ == "dobj" and lemma(c) in ("food", "meal", "nourishment") for c in verb.children
    )  # (not "shoppers boycotted food from the chain")


def _a_number_named(anchor: Token) -> bool:
    """ "silo 4", "gate 7", "berths 212, 213 and 214": a number after the noun it names one of
    (a count comes before its noun; "Tk 25,000" is money, "magnitude 5.8" a strength)."""
    while anchor.dep_ == "conj" and anchor.head.like_num and anchor.head.i < anchor.i:
        anchor = anchor.head  # "213" and "214" of "berths 212, 213 and 214"
    head = anchor.head
    # (or a number in a name before the noun: "the Nam Pan 2 hydropower plant")
    before = anchor.doc[anchor.i - 1] if anchor.i > 0 else None
    in_a_name = before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and (
        before.dep_ in ("nmod", "compound") and before.head.i == head.i
    )
    # (of a thing: not "the Eritrean Defence Forces 5 members", a count of people after a name)
    in_a_name = in_a_name and before is not None and before.ent_type_ not in ("DATE", "TIME")
    in_a_name = in_a_name and lemma(head) not in lx.PERSON_NOUNS | lx.MILITARY_NOUNS | {"member", "element"}
    if anchor.dep_ == "nummod" and in_a_name and head.i > anchor.i:
        return True
    return (
        anchor.dep_ == "nummod"
        and head.i == anchor.i - 1
        and head.pos_ in ("NOUN", "PROPN")
        and head.lower_ not in lx.PREFIX_CURRENCIES
        and lemma(head) not in lx.CURRENCIES | lx.FIGURE_NOUNS | SCALE_NOUNS
    )


# Nouns a number after them measures rather than names: "magnitude 5.8", "the injured are number 35".
SCALE_NOUNS = frozenset(["magnitude", "category", "force", "richter"])


def _how_many_figures(anchor: Token, noun: Token | None) -> bool:
    """ "the two tallies", "three estimates": a number of figures (not "the number 300")."""
    return (
        noun is not None
        and anchor.dep_ == "nummod"
        and anchor.head == noun
        and anchor.i < noun.i
        and lemma(noun) in lx.FIGURE_NOUNS
    )


# People who go where they may go missing.
OUT_AND_ABOUT = frozenset("hiker climber tourist trekker swimmer fisherman diver camper skier pilgrim "
                          "migrant crew guest resident visitor mountaineer sailor seafarer".split())
# Nouns a count of people may be told by: people themselves, their remains, their homes' folk.
PEOPLE_LIKE = (lx.PERSON_NOUNS | lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS | lx.CHILD_NOUNS
               | lx.PARTICIPANT_NOUNS | lx.ENEMY_PEOPLE_NOUNS  # ("reached to 47 elements")
               | {"body", "family", "household", "life", "people", "person"})


def _things_beside_the_count(anchor: Token, noun: Token | None) -> bool:
    """ "from the two trains", "to the two stations", "in three villages": things named by a
    number after a preposition, in a sentence that counts people (not "12 of the passengers")."""
    preps = ("from", "to", "into", "between", "in", "inside", "across", "through", "at")
    if noun is None:
        noun = next((o for p in anchor.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), None)
    if noun is None:
        return False
    # ("at two of the city's largest hospitals": some of those things)
    some_of = anchor.dep_ == "pobj" and anchor.head.lower_ in preps and noun.dep_ == "pobj" and (
        noun.head.lower_ == "of" and noun.head.head.i == anchor.i
    )
    named_by = anchor.dep_ == "nummod" and anchor.head.i == noun.i and noun.dep_ == "pobj" and (
        noun.head.lower_ in preps and noun.head.lower_ != "at"  # (not "at 14 dead": put at)
    )
    return (
        (some_of or named_by)
        and noun.pos_ == "NOUN"
        and lemma(noun) not in PEOPLE_LIKE
        and lemma(noun) not in lx.NOUN_MEASURES  # ("refers to eight deaths")
        and noun.lower_ not in lx.ADJECTIVE_MEASURES
    )


def _the_parties_between(anchor: Token, noun: Token | None) -> bool:
    """ "a clash between the two neighbours", "talks between the three unions": a number of the
    parties something is between, no count of people something befell (not "between 2,500 and
    3,000 farmers", a range the parser may hang on "between" the same way)."""
    # ("a collision between two trains" too: no range follows)
    bare = anchor.i > 0 and anchor.nbor(-1).lower_ == "between" and (
        anchor.i + 1 < len(anchor.doc) and anchor.nbor(1).lower_ not in ("and", "to", "-", "or")
    )
    return (
        noun is not None
        and anchor.lower_ in ("two", "three", "four", "2", "3", "4")  # (not "the 5,000 protesters")
        and anchor.i > 0
        and (anchor.nbor(-1).lower_ in ("the", "these", "those") or bare)
        and anchor.dep_ == "nummod"
        and anchor.head == noun
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "between"
    )


def _bodies_that_speak(anchor: Token, noun: Token | None, verb: Token | None) -> bool:
    """ "the two bodies also differed on the damage", "the two bodies said": bodies that say
    or disagree are organisations (the dead are recovered, found, buried); not "disaster
    bodies put the number of dead at 58", where the number is another's."""
    return (
        noun is not None
        and verb is not None
        and lemma(noun) == "body"
        and noun.dep_ == "nsubj"
        and anchor.head == noun
        and (lemma(verb) in lx.REPORT_VERBS or lemma(verb) in lx.DISAGREEING_VERBS)
    )


def _people_listed_with(
    noun: Token | None,
    figure: Figure,
    by_number: dict[int, tuple[Figure, list[Token]]],
    ctx: ArticleContext,
    frame: Frame | None,
) -> list[tuple[Figure, list[Token]]]:
    """The exact counts of people listed after this one under one verb ("142 passengers and
    18 crew"), when none of them is counted apart (children, fighters: `_whose`)."""
    people = (lx.PERSON_NOUNS | lx.PATRONS) - lx.NOUN_MEASURES.keys()
    if noun is None or noun.dep_ == "conj" or lemma(noun) not in people:
        return []
    if figure.qualifier != "exact" or figure.unit:
        return []
    listed: list[tuple[Figure, list[Token]]] = []
    whose = {_whose(noun, ctx, frame)}
    states = {_state_named(noun)}
    for other in noun.conjuncts:
        number = next((c for c in other.children if c.dep_ == "nummod" and c.i in by_number), None)
        if lemma(other) not in people and number is not None:
            continue  # "53 passengers and 12 crew members, as well as 22 vehicles": things beside them
        if lemma(other) not in people or number is None:
            return []
        more, tokens = by_number[number.i]
        if more.qualifier != "exact" or more.unit or more.low is None:
            return []
        if listed and _told_as_the_sum(other) and more.low == (figure.low or 0.0) + sum(
            (f.low or 0.0 for f, _ in listed), 0.0
        ):
            continue  # "48 passengers and four crew on board, 52 people in total": the sum again
        whose.add(_whose(other, ctx, frame))
        states.add(_state_named(other))
        listed.append((more, tokens))
    if len(states) > 1:
        return []  # "nine deceased persons and 23 injured persons": the dead, and the injured
    # ("142 passengers", civilians, "and 18 crew", no one's in particular, are one count)
    named = whose - {""}
    if len(named) > 1 or any(w.rsplit(" ", 1)[-1] in ("military", "militant", "child") for w in named):
        return []  # "4 Israeli and 30 Palestinian civilians", "30 soldiers and 12 civilians"
    return listed


def _told_as_the_sum(counted: Token) -> bool:
    """ "52 people in total", "11 in all", "60 altogether": the sum of a list, said again."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in ("total", "all") for o in c.children)
        or c.dep_ == "advmod" and c.lower_ in ("altogether", "overall")
        for c in counted.children
    )


def _cause_told(tok: Token) -> tuple[Token, Token, bool] | None:
    """(verb, cause, denied) when `tok` tells what caused an event (a fire, a blast, a collapse,
    `lexicon.CAUSED_EVENTS`) or rules a cause out."""
    kids = list(tok.children)
    objects = [c for c in kids if c.dep_ == "dobj"]
    if lemma(tok) in lx.CAUSING_VERBS and tok.pos_ == "VERB":
        events = [c for c in kids if c.dep_ in ("nsubjpass", "dobj") and lemma(c) in CAUSED_OR_ILLNESS]
        # ("was caused by eating contaminated bread": the bread)
        by = _agents(tok) + [o for a in kids if a.dep_ == "agent" for c in a.children
                             if c.dep_ == "pcomp" and lemma(c) in CONSUMING_VERBS
                             for o in c.children if o.dep_ == "dobj"]
        doers = [c for c in kids if c.dep_ == "nsubj"]
        causes = by if any(c.dep_ == "nsubjpass" for c in events) else doers if objects else []
        return (tok, causes[0], False) if events and causes else None
    if lemma(tok) == "blame" and tok.pos_ == "VERB":
        events = [c for c in kids if c.dep_ in ("nsubjpass", "dobj") and lemma(c) in lx.CAUSED_EVENTS]
        on = _objects_of(tok, "on")
        return (tok, on[0], False) if events and on else None  # "blamed the blast on a gas leak"
    if lemma(tok) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids) and objects:
        return tok, objects[0], True  # "ruled out a short circuit"
    if lemma(tok) == "play" and any(lemma(o) == "role" and _no_before(o) for o in objects):
        doers = [c for c in kids if c.dep_ == "nsubj"]
        return (tok, doers[0], True) if doers else None  # "third-party chargers played no role"
    hedged = any(c.lower_ in ("directly", "direct", "necessarily", "clear", "clearly") for c in kids)
    if lemma(tok) == "link" and hedged:
        return None  # "not directly linked", "no direct link": a link left open
    if lemma(tok) == "link" and tok.pos_ in ("VERB", "ADJ"):
        linked = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in _CAUSED_OR_CASES]
        # (not "the fire was linked to three deaths": what it caused)
        to = [o for o in _objects_of(tok, "to") if lemma(o) not in _CAUSED_OR_CASES]
        if linked and to:
            return tok, to[0], False  # "the outbreak is linked to the piped water"
        # ("its cooling towers cannot in any way be linked to the illnesses": the cause is the subject)
        caused = [o for o in _objects_of(tok, "to") if lemma(o) in _CAUSED_OR_CASES]
        cause = shared_subject(tok)
        named = cause is not None and cause.pos_ == "NOUN" and lemma(cause) not in _CAUSED_OR_CASES
        return (tok, cause, False) if caused and named and cause is not None else None
    if lemma(tok) == "trace" and tok.pos_ == "VERB":
        # "the outbreak had been traced to a cooling tower on the roof of the mall"
        traced = [c for c in kids if c.dep_ == "nsubjpass" and lemma(c) in _CAUSED_OR_CASES]
        to = _objects_of(tok, "to")
        return (tok, to[0], False) if traced and to else None
    if lemma(tok) == "source" and tok.dep_ == "attr" and tok.head.pos_ in ("VERB", "AUX"):
        # "the city's drinking water was the source of the outbreak"
        of = [o for o in _objects_of(tok, "of") if lemma(o) in _CAUSED_OR_CASES]
        told = [c for c in tok.head.children if c.dep_ == "nsubj"]
        return (tok.head, told[0], _no_before(tok)) if of and told else None
    if lemma(tok) in ("link", "connection") and tok.pos_ == "NOUN" and _no_before(tok):
        between = _objects_of(tok, "between")
        both = between + [c for b in between for c in b.children if c.dep_ == "conj"]
        linked = [b for b in both if lemma(b) in _CAUSED_OR_CASES]
        causes = [b for b in both if lemma(b) not in _CAUSED_OR_CASES]
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok
        if not between:
            # "there is no link to the water supply", "no link with food": to the report's cases
            # (not "no road link to the island", "no link to the village": a way there)
            linked, causes = [tok], [o for o in _objects_of(tok, "to") + _objects_of(tok, "with")
                                     if lemma(o) not in _CAUSED_OR_CASES and not _a_way_or_a_place(tok, o)]
        # "there is no link between our water and these cases"
        return (verb, causes[0], True) if linked and causes and verb.pos_ in ("VERB", "AUX") else None
    if lemma(tok) == "evidence" and _no_before(tok):
        of = _objects_of(tok, "of")
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok
        return (verb, of[0], True) if of and verb.pos_ in ("VERB", "AUX") else None  # "found no evidence of"
    return None


def _a_way_or_a_place(link: Token, linked: Token) -> bool:
    """Whether "no link to X" is a way to a place: "no road link to the island", "no link to the
    village" (not "no link to the water supply")."""
    by_way = any(c.dep_ in ("compound", "amod") for c in link.children)
    return by_way or linked.ent_type_ in ("GPE", "LOC") or lemma(linked) in lx.FIRED_ON_PLACES


# What a cause is linked to: an event, or a disease's cases ("no link between the water and
# these cases").
_CAUSED_OR_CASES = lx.CAUSED_EVENTS | lx.CASE_NOUNS | {"death", "illness"}
# What a cause causes: an event, or an illness ("the illness was caused by eating the bread").
CAUSED_OR_ILLNESS = lx.CAUSED_EVENTS | frozenset(["illness", "sickness"])
# How what caused an illness was taken: "caused by eating the bread", "the consumption of".
CONSUMING_VERBS = frozenset("eat drink consume ingest swallow".split())
CONSUMING_NOUNS = frozenset("consumption ingestion intake".split())
# Verbs by which a speaker confirms what it tells: "we now confirm that the cases are linked".
CONFIRMING_VERBS = frozenset("confirm establish conclude determine".split())


def _cannot(verb: Token) -> bool:
    """ "cannot be linked", "could not have been caused by": ruled out, not left open."""
    can = any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in verb.children)
    return can and _negated(verb)


def _said_outright(verb: Token) -> bool:
    """Whether a clause is asserted: the sentence's own, or what a report says (not "examining
    whether", "reports that ... were false", "no evidence that", "one theory is that")."""
    if any(c.dep_ == "mark" and c.lower_ in lx.DOUBT_MARKS for c in verb.children):
        return False
    if verb.dep_ in ("ROOT", "conj") and verb.head.dep_ in ("ROOT", "conj"):
        return verb.dep_ == "ROOT" or _said_outright(verb.head)
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
        # "said that tests had confirmed it and that the outbreak was linked to"
        return _said_outright(verb.head)
    confirming = verb.head.dep_ == "advcl" and verb.head.tag_ == "VBG" and lemma(verb.head) == "confirm"
    if verb.dep_ == "ccomp" and confirming:
        # "its tests had found sewage in a main, confirming that the water was the source"
        return _said_outright(verb.head.head)
    if verb.dep_ == "ccomp" and lemma(verb.head) in CONFIRMING_VERBS and not _negated(verb.head):
        # "We now confirm that the cases are linked to": the speaker's own finding
        return verb.head.dep_ == "ROOT" or _said_outright(verb.head)
    return verb.dep_ == "ccomp" and lemma(verb.head) in lx.REPORT_VERBS and verb.head.dep_ == "ROOT"


def _a_cause(word: Token) -> bool:
    """Whether a noun may name a cause ("a short circuit", "sabotage"), not who acted ("the
    police", "Russia", "that")."""
    if word.pos_ != "NOUN" or word.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    return lemma(word) not in lx.PERSON_NOUNS | lx.FORCES_NOUNS | lx.ACTOR_NOUNS


def _no_before(noun: Token) -> bool:
    """ "no role", "no evidence"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _agents(verb: Token) -> list[Token]:
    """Who or what a passive verb names as its doer: "was caused | by a short circuit"."""
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _objects_of(word: Token, preposition: str) -> list[Token]:
    """What a word's preposition governs: "blamed the blast on | a gas leak"."""
    preps = (c for c in word.children if c.dep_ == "prep" and c.lower_ == preposition)
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _cause_named(cause: Token) -> str:
    """A cause as the thing it names and the nouns that say which kind ("attack: heart", "leak:
    gas"): "deliberate sabotage" is sabotage, a heart attack no attack (`detect.same_subject`)."""
    taken = _objects_of(cause, "of") if lemma(cause) in CONSUMING_NOUNS else []
    cause = taken[0] if taken else cause  # "the consumption of the syrup": the syrup
    kinds = [c for c in cause.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if lemma(cause) in SUPPLY_WORDS and kinds:
        cause, kinds = kinds[-1], kinds[:-1]  # "the water supply": the water
    if lemma(cause) == "water":
        kinds = []  # "tap water", "the water supply", "its water": one water
    return f"{lemma(cause)}:{' '.join(sorted({lemma(c) for c in kinds}))}"


# What carries a thing to people, named for it: "the water supply" is the water.
SUPPLY_WORDS = frozenset(["supply", "network", "system"])


def _inspected(tok: Token) -> tuple[Token, str, bool] | None:
    """(verb, thing, denied) when `tok` says a thing was inspected: "the bridge had been
    inspected" (the verb), "the mine passed a safety inspection", "had received no structural
    inspection", "no inspection was carried out" (the noun); the thing by its noun ("" for
    "it" or a word any structure is called)."""
    if lemma(tok) == "inspect" and tok.pos_ == "VERB":
        verb = tok
        held = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        held = held or next((c for c in tok.children if c.dep_ == "dobj"), None)
        denied = False
    elif lemma(tok) == "inspection":
        if tok.dep_ == "compound":
            return None  # "an inspection certificate", "the inspection report": a document
        verb = tok.head
        if tok.dep_ == "pobj" and lemma(tok.head.head) in ("object", "subject"):
            verb = tok.head.head.head  # "was the object of a technical inspection"
        elif tok.dep_ == "nsubjpass" and lemma(verb) in ("carry", "conduct", "do", "perform", "make"):
            pass  # "no inspection was carried out"
        elif tok.dep_ != "dobj" or lemma(verb) not in lx.INSPECTION_VERBS:
            return None
        held = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
        denied = any(c.lower_ in ("no", "never") for c in tok.children)
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if held is not None and _another_thing(held):
        return None  # "inspected 40 shops", "other bridges in the region": things, not the one
    thing = _thing_inspected(held)
    if thing in lx.PERSON_NOUNS or thing in ("inspector", "official", "team", "ministry", "authority"):
        return None  # "inspectors inspected", "the team carried out": who, not what was inspected
    if thing in lx.AFTERMATH_PLACES:
        return None  # "engineers who inspected the site on Sunday": after the collapse, its cause
    return verb, thing, denied


def _an_inspection_of_its_own(
    verb: Token, dates: SentenceDates, ctx: ArticleContext, inspecting: bool
) -> bool:
    """Whether an inspection told is not the one a thing's safety rests on: one made on a day
    of the event's week not before it ("engineers inspected the bridge on Tuesday", after it
    fell; not "inspected and certified on Friday", two days before the stand collapsed), at a
    checkpoint or before a trip, or one said not done well or not yet ("not properly
    inspected", "have not yet inspected the mine"; a certificate "not yet obtained" is none)."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    told = [t for v in verbs for p in v.children if p.dep_ == "prep" for t in p.subtree]
    if any(t.lower_ in WEEKDAYS or t.lower_ in ("yesterday", "today") for t in told):
        event = ctx.main_event_date
        if not (dates.event is not None and event is not None and dates.event < event):
            return True
    if any(c.dep_ == "prep" and c.lower_ in ("at", "before", "during") for c in verb.children):
        return True
    return inspecting and any(c.dep_ == "advmod" and c.lower_ in lx.HOW_WELL_DONE for c in verb.children)


def _certified(tok: Token) -> tuple[Token, str, bool] | None:
    """(verb, thing, denied) when `tok` says whether a thing held a valid certificate of its
    safety, which its reports set against an inspection told or denied: "the crane's fitness
    certificate had expired", "had a valid inspection certificate", "no certificate had been
    issued", "had never been granted fire safety approval", "was certified in March" (not
    death certificates, nor a count of certificates)."""
    if lemma(tok) == "certify" and tok.pos_ == "VERB":
        if tok.dep_ == "conj" and lemma(tok.head) == "inspect":
            return None  # "inspected and certified": told once, by the inspection
        held = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if held is None or _another_thing(held) or lemma(held) in lx.PERSON_NOUNS | lx.NOT_CERTIFIED_SAFE:
            return None  # "doctors certified 59 deaths", "the results were certified", a pilot
        return tok, _thing_inspected(held), False
    if lemma(tok) not in lx.CERTIFICATE_NOUNS or tok.pos_ != "NOUN":
        return None
    if any(c.dep_ == "nummod" or lemma(c) in lx.PERSONAL_DOCUMENTS for c in tok.children):
        return None  # "41 death certificates": a count, of the dead
    # (what it certifies: "a fire safety certificate", "a certificate of registry")
    kinds = [lemma(c) for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]  # (not "its SLHS")
    kinds += [lemma(o) for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    safety = any(lemma(c) in lx.CERTIFIED_SAFETY for c in tok.children if c.dep_ == "amod")
    safety = safety or any(k in lx.CERTIFIED_SAFETY for k in kinds)
    if not safety and (kinds or lemma(tok) not in ("certificate", "certification")):
        return None  # a fire licence or a safety permit (not an insurance certificate, a mining licence)
    verb, denied = tok.head, any(c.lower_ in ("no", "never") for c in tok.children)
    words = {lemma(c) for c in verb.children if c.dep_ in ("acomp", "oprd")}
    if tok.dep_ == "nsubj" and lemma(verb) in ("expire", "lapse"):
        denied = True  # "the crane's fitness certificate had expired in March"
    elif tok.dep_ == "nsubj" and lemma(verb) == "be" and words & {"valid", "expired", "invalid"}:
        denied = denied or "valid" not in words  # "the certificate was valid until December"
    elif tok.dep_ == "nsubjpass" and lemma(verb) in ("issue", "renew", "grant"):
        pass  # "no certificate had been issued for the temporary stand"
    elif tok.dep_ == "dobj" and lemma(verb) in lx.CERTIFICATE_HOLDING_VERBS:
        held = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return verb, _thing_inspected(held), denied  # "had a valid inspection certificate"
    else:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return verb, _thing_inspected(owner), denied


def _another_thing(held: Token) -> bool:
    """Things, or a thing told as one of many, not the one a report is about: "40 shops",
    "other bridges", "a storage facility nearby"."""
    return held.tag_ == "NNS" or any(
        c.dep_ == "nummod" or c.lower_ in ("a", "an", "another", "other", "nearby") for c in held.children
    )


def _thing_inspected(held: Token | None) -> str:
    """The thing an inspection or a certificate is of, by its noun ("" for "it", "its" or a word
    any structure is called)."""
    thing = lemma(held) if held is not None and held.pos_ == "NOUN" else ""
    return "" if thing in lx.ANY_STRUCTURE else thing


def _ill_with_a_named_disease(word: Token) -> bool:
    """ "31 patients with cholera", "treated 40 people for Crimean-Congo haemorrhagic fever":
    cases of the disease (not "patients with burns"; the model may hang "with" on the verb)."""
    preps = (p for p in word.children if p.dep_ == "prep" and p.lower_ in ("with", "for"))
    # (not "flu-like symptoms": like a disease, not it)
    named = (LIKE_A_DISEASE.sub("", " ".join(t.text for t in p.subtree)) for p in preps)
    return any(lx.NAMED_DISEASE.search(text) is not None for text in named)


LIKE_A_DISEASE = re.compile(r"\b[\w-]+ ?- ?like\b")


def _state_named(noun: Token) -> str:
    """The measure an adjective before a noun of people names ("23 injured persons": injured),
    or nothing."""
    for word in (c.lower_ for c in noun.children if c.dep_ == "amod"):
        state = lx.ADJECTIVE_MEASURES.get(word) or lx.NOUN_MEASURES.get(word, "")
        if state:
            return state
    return ""


def _escaped(noun_lemma: str, verb: Token) -> bool:
    """ "38 inmates escaped", "52 prisoners had fled", "57 inmates broke out": people who got
    away from custody (anyone escaping; only those held fleeing or breaking out)."""
    verb_lemma = lemma(verb)
    held = noun_lemma in lx.HELD_NOUNS | {"inmate", "convict"}
    if verb_lemma == "escape":
        return held or noun_lemma in lx.PERSON_NOUNS  # ("47 detainees escaped": not detained)
    if verb_lemma == "break":
        return held and any(c.lower_ == "out" for c in verb.children)
    return held and verb_lemma in ("flee", "abscond")


def _caught(noun: Token, verb: Token) -> bool:
    """ "14 escapees had been recaptured", "rearrested 20 inmates": brought back once escaped
    (escapees caught; inmates only recaptured or rearrested, and not "inmates caught COVID");
    "recaptured 27 of the inmates who escaped" likewise."""
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if held.dep_ not in ("dobj", "nsubjpass"):
        return False
    # (the model's lemma of "rearrested" is "rearreste")
    again = lemma(verb) == "recapture" or verb.lower_.startswith(("rearrest", "re-arrest")) or (
        lemma(verb) in ("capture", "arrest") and any(c.lower_ in ("again", "back") for c in verb.children)
    )
    if lemma(noun) == "escapee":
        return again or lemma(verb) in ("catch", "capture", "arrest", "apprehend")
    return again and lemma(noun) in ("inmate", "prisoner", "convict")


def _role(noun: Token | None) -> str:
    """Who the people counted are, when the noun says more than people: "firefighter",
    "volunteer" ("" for "people", "residents")."""
    word = lemma(noun) if noun is not None else ""
    return "" if word in lx.PEOPLE_AT_LARGE else word


def _closed_by_an_authority(verb: Token) -> bool:
    """ "police shut 300 shops", "the junta closed 12 media outlets": an order, not a company
    closing its own stores (a company, "it", or a name closes its own)."""
    closer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return closer is not None and closer.pos_ == "NOUN" and not _stands_for_the_company(closer)


def _stands_for_the_company(subj: Token) -> bool:
    """A subject that may be the company a measure is of: a name, a pronoun, "the firm", its
    staff or its stores (not "the tariffs", "police")."""
    return subj.pos_ in ("PRON", "PROPN") or lemma(subj) in lx.NOT_AN_EMPLOYER


def _participle_act(noun: Token) -> str:
    """ "140 destroyed homes", "2,300 cancelled flights": the act a participle before the
    counted thing says was done to it ("" for none)."""
    for mod in noun.lefts:
        # (or the adjective the model makes of one opening a sentence: "Damaged houses numbered")
        participle = mod.tag_ == "VBN" or mod.tag_ == "JJ" and mod.lower_.endswith("ed")
        if mod.dep_ == "amod" and participle and _verb_lemma_of(mod) in lx.DONE_TO_PARTICIPLES:
            return _verb_lemma_of(mod)
    return ""


def _verb_lemma_of(word: Token) -> str:
    """ "damaged" -> damage, whether the model reads it as a participle or as an adjective."""
    found = lemma(word)
    if word.tag_ == "JJ" and found == word.lower_ and found.endswith("ed"):
        return found[:-1] if found[:-1] in lx.DONE_TO_PARTICIPLES else found[:-2]  # damage(d), flood(ed)
    return found


def _marked_for(noun: Token, verb: Token | None) -> str:
    """ "list 45 stores for closure", "earmarked 12 buildings for demolition": the act they
    are marked for (close, demolish) is what is counted, not the listing."""
    for head in (noun, verb):
        for prep in head.children if head is not None else ():
            if prep.dep_ == "prep" and prep.lower_ == "for":
                acts = [lx.PURPOSE_ACTS[lemma(o)] for o in prep.children if lemma(o) in lx.PURPOSE_ACTS]
                if acts:
                    return acts[0]
    return ""


def _loss(verb_key_: str, thing: Token, verb: Token | None, speaker: Speaker | None) -> tuple[str, str]:
    """ "destroyed three Ukrainian tanks" and "Ukraine lost three tanks" are one loss: the key
    "lose|tank", the subject whose it was. One side's "destroyed three tanks" is not its own
    loss ("not russia"), nor is "the enemy lost"; "we lost" and "it had not lost" are the
    speaker's. A thing destroyed by no one knows whom stays "destroy|tank"."""
    what = lx.EQUIPMENT.get(lemma(thing), _thing(thing))
    side = speaker.side if speaker is not None and country_in([speaker.side]) else ""
    if verb_key_ == "lose":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        enemy = subj is not None and lemma(subj) in lx.ENEMY_NOUNS
        # ("the Ukrainian army lost eight tanks": the army's country)
        named = nationality_in([t.lower_ for t in subj.subtree]) if subj is not None else None
        owner = (f"not {side}" if side else "") if enemy else _agent_country(verb) or named or side
        return f"lose|{what}", owner
    foes = bool(side) and lemma(thing) not in lx.CIVIL_PROPERTY  # (a state's destroyed homes are its own)
    owner = country_in([t.lower_ for t in noun_phrase(thing)]) or (f"not {side}" if foes else "")
    if not owner and what in lx.AIRBORNE:
        # "air defences destroyed 87 drones", "26 drones were shot down": one count of those
        # brought down
        return f"intercept|{what}", _agent_country(verb)
    if not owner:
        return f"{verb_key_}|{_thing(thing)}", _agent_country(verb)
    return f"lose|{what}", owner


def _fled_abroad(verb: Token | None, noun: Token | None) -> bool:
    """Whether the people counted crossed a border: "9,800 people had crossed the border",
    "21,000 crossed Lake Tanganyika into Burundi", "the number of people fleeing the fighting
    into Velmar", as a refugee agency counts them (not "fled the fighting into Goma")."""
    of = _of_what(noun) if noun is not None and lemma(noun) in lx.FIGURE_NOUNS else None
    counted = [n for n in (noun, of) if n is not None]  # "the number of people fleeing ..."
    verbs = [v for v in (verb, *(c for n in counted for c in n.children)) if v is not None]
    for v in verbs:
        if v is not verb and v.dep_ not in ("acl", "relcl"):
            continue  # not a verb that tells what the people did
        if _crosses_a_border(v):
            return True
        if lemma(v) not in lx.FLEE_VERBS:
            continue
        refugees = "refugee" in text_of(v.sent).lower()
        abroad = (
            p
            for c in v.children
            if c.dep_ == "prep" and c.lower_ == "into"
            for p in c.children
            if p.dep_ == "pobj"
            and (lemma(p) in lx.BORDER_NOUNS or country_in([p.lower_]) or refugees and p.pos_ == "PROPN")
        )
        if next(abroad, None) is not None:
            return True
    return False


def _crosses_a_border(verb: Token) -> bool:
    """ "crossed the border", "crossed into Velmar", "entered the country", "entered Velmar":
    people who flee, counted as the people fleeing are (displaced). A named object is taken
    for a place (the small model often tags a country it does not know as a person)."""
    if lemma(verb) not in lx.BORDER_VERBS:
        return False
    return any(
        (c.dep_ == "dobj" and (lemma(c) in lx.BORDER_NOUNS or c.pos_ == "PROPN"))
        or (c.dep_ == "prep" and c.lower_ == "into")
        for c in verb.children
    )


def _thing(noun: Token) -> str:
    """What a noun phrase names, without brand or place names or what it carries: "24 Falke
    fighter jets" -> "fighter jet", so that a denial of "fighter jets" meets it; "986 aid
    trucks" -> "truck"."""
    if noun.lower_ in ("none", "neither"):
        noun = _none_of_what(noun)  # "none of the drones was intercepted": no drone
    if lemma(noun) in lx.SALVO_NOUNS:
        noun = _of_what(noun) or noun  # "volleys of tear gas canisters": tear gas
    noun = _held_weapon(noun) or noun  # "canisters of tear gas": tear gas
    # (not who owns them: "the country's 24 provinces" are provinces)
    part_of = lemma(noun) in lx.BUILDING_PARTS  # ("three of the building's nine floors")
    owners = {
        t.i for c in noun.children
        # (nor what carries them: "seven of the train's nine coaches" are coaches)
        if c.dep_ == "poss" and (_an_owner(c) or part_of or lemma(c) in lx.VESSELS) for t in c.subtree
    }
    words = [
        t for t in noun_phrase(noun)
        if t.i == noun.i or t.pos_ != "PROPN" and lemma(t) not in lx.CARGO_WORDS and t.i not in owners
        and t.dep_ not in ("nummod", "quantmod")  # ("a dozen tear gas canisters")
    ]
    flown = lemma(noun) == "aircraft" or any(t.lower_ == "aerial" for t in words)  # not ground vehicles
    unmanned = any(t.lower_ == "unmanned" for t in words)
    if lemma(noun) in ("vehicle", "aircraft", "system") and flown and unmanned:
        return "drone"  # "23 aircraft-type unmanned aerial vehicles" are drones
    thing = canonical(words)
    # "no international flights were cancelled" says nothing of the domestic ones (but "800
    # international flights were cancelled" are flights cancelled, against "no flights were")
    kinds = [t.lower_ for t in words if t.dep_ in ("amod", "conj") and t.lower_ in lx.KIND_OF_SERVICE_WORDS]
    none_of = any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children)
    if len(kinds) > 1 or not none_of:
        kinds = []  # "300 international and domestic flights": all of them
    canon = lx.THING_CANON.get(thing)
    if canon is None and " " in thing:
        *kind, last = thing.split()  # "container vessels" are container ships
        canon = " ".join([*kind, lx.THING_CANON.get(last, last)])
    return " ".join([*kinds, canon or thing])


def _none_of_what(none: Token) -> Token:
    """What "none of" counts: "none of the drones" the drones; "none of them" the last plural
    noun before it that "them" stands for ("police arrested 20 protesters, and none of them
    was charged"); else "none" itself."""
    of = next((c for c in none.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if what is None:
        return none
    if what.pos_ != "PRON":
        return what
    # (not the things they did something to: "the drones reached their targets, and none of them")
    before = [
        t for t in none.doc[none.sent.start : none.i]
        if t.pos_ == "NOUN" and t.tag_ == "NNS"
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
    ]
    return before[-1] if what.lower_ == "them" and before else none


def _an_owner(poss: Token) -> bool:
    """Whether a possessor owns the thing rather than names where it is: "the country's 24
    provinces", "the company's 300 stores" (not "the refinery's storage tank", "the army's
    tanks": a site, a side)."""
    if lemma(poss) in lx.SIDE_OWNERS:
        return False
    return poss.ent_type_ in ("ORG", "GPE") or poss.pos_ == "PROPN" or lemma(poss) in lx.OWNER_NOUNS


def _what_was_fired(obj: Token, thing: str) -> str:
    """ "no live rounds were fired", "fired live ammunition", "did not use live bullets": one
    thing, so that a denial of one meets the others; rubber or plastic bullets are not it."""
    modifiers = {lemma(c) for c in obj.children if c.dep_ in ("amod", "compound", "nmod")}
    less_lethal = modifiers & lx.LESS_LETHAL_WORDS
    if less_lethal:
        return thing if " " in thing else f"{min(less_lethal)} {thing}"  # "plastic bullet"
    live = modifiers & {"live", "real"}
    # (not "rounds of tear gas", "non-lethal rounds", "banned ammunition": other rounds)
    plain = not modifiers and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    if thing in lx.LIVE_ROUNDS and (live or plain) or thing == "fire" and live:
        return "live ammunition"
    if thing in lx.FIREARMS:
        return "live ammunition"  # "no firearm was used": no live rounds fired
    return thing


# Who boards a vessel as its passengers (not soldiers, police or rescuers boarding it, nor the
# survivors boarding another).
BOARDING_PEOPLE = frozenset("people person passenger migrant traveller pilgrim".split())
# What says the boarded vessel is another: "a second boat", "a rescue ship", "another ferry".
ANOTHER_VESSEL_WORDS = frozenset("second another other rescue navy patrol".split())


# What a count of people is listed in: "a list of 25 people who boarded the vessel".
LIST_NOUNS = frozenset("list manifest register roll tally".split())


def _boarded(people: Token, verb: Token) -> bool:
    """ "132 people had boarded the MV Ma Bhawani", "at least 250 passengers boarded": those
    aboard; not "boarded a second boat", "a rescue ship", "buses to the capital", "flights"
    (craft of their own), "boarded the ferry at its last stop" (some of them), nor
    "boarded speedboats to search for survivors"."""
    if lemma(verb) != "board" or lemma(people) not in BOARDING_PEOPLE:
        return False
    for c in verb.children:
        purpose = c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.lefts)
        if purpose or c.dep_ == "prep" and c.lower_ == "at":
            return False  # ("to search for survivors", "at its last stop")
    boarded = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if boarded is None:
        return True
    if boarded.tag_ in ("NNS", "NNPS") or any(c.lower_ in ANOTHER_VESSEL_WORDS for c in boarded.children):
        return False
    return boarded.pos_ == "PROPN" or lemma(boarded) in lx.VESSELS


TOLD_MORE_DEPS = frozenset(["prep", "acl", "relcl", "advcl", "npadvmod"])


def _there_were_passengers(verb: Token, noun: Token) -> bool:
    """ "There were 64 passengers and four crew": those the vessel carried, said plainly (not a
    year's traffic, "there were 2.3 million passengers last year", "through its gates"; nor
    passengers somewhere or doing something, "waiting at the station", "among the survivors",
    "in the minibus")."""
    if lemma(noun) != "passenger" or not _there_were(verb, noun):
        return False
    told_more = [c for c in (*verb.children, *noun.children) if c.dep_ in TOLD_MORE_DEPS]
    return not told_more and not any(e.label_ == "DATE" for e in verb.sent.ents)


def _a_mines_report(ctx: ArticleContext) -> bool:
    """Whether a report tells of a mine or its miners ("collapse at the Musonoi West mine")."""
    return any(MINE_WORD.search(seg.text) for seg in ctx.article.segments)


MINE_WORD = re.compile(r"\b(?:mine|miner|colliery|collieries|shaft)s?\b", re.I)


def _still_down_there(verb: Token) -> bool:
    """ "Two miners are still underground", "30 remain underground", "five of our comrades are
    still down there", "three are still lying under the rubble", "were still buried": not out
    yet, those a mine's report counts as missing (not "212 miners were underground" when it blew:
    there then)."""
    still = lemma(verb) == "remain" or (
        lemma(verb) in ("be", "lie") and any(c.lower_ == "still" for c in verb.children)
    )
    if lemma(verb) == "bury" and any(c.lower_ == "still" for c in verb.children):
        # "three labourers were still buried under the steel" (not "in a mass grave")
        return any(
            p.lower_ in ("under", "beneath")
            or p.lower_ == "in" and any(lemma(o) in lx.TRAPPING_PLACES for o in p.children)
            for p in verb.children if p.dep_ == "prep"
        )
    if not still:
        return False
    where = [t.lower_ for c in verb.children if c.dep_ in ("advmod", "acomp", "oprd") for t in c.subtree]
    # ("three of our colleagues are still lying under the rubble"; not "300 miners remain in the
    # mine" in a sit-in, or safe in its refuge chambers)
    inside = any(
        p.dep_ == "prep" and p.lower_ in ("under", "beneath")
        and any(lemma(o) in lx.TRAPPING_PLACES for o in p.children)
        for p in verb.children
    )
    below = any(_underground(c) for c in verb.children)  # ("are still under the ground")
    return inside or below or "underground" in where or "down" in where and "there" in where


def _none_left_inside(verb: Token) -> bool:
    """ "There is no one left underground", "nobody is left in the mine": none missing."""
    if lemma(verb) not in ("be", "remain"):
        return False
    nobody = _subject_saying_none(verb, ("nsubj", "attr"), frozenset()) is not None  # ("nobody", "no one")
    inside = [t for left in verb.subtree if left.lower_ == "left" for t in left.subtree]
    if lemma(verb) == "remain":  # "no one remains underground in the pit"
        inside += [t for c in verb.children if c.dep_ in ("advmod", "prep", "acomp") for t in c.subtree]
    return nobody and any(t.lower_ == "underground" or lemma(t) in lx.TRAPPING_PLACES for t in inside)


def _on_board(word: Token) -> bool:
    """ "214 passengers were on board", "there were about 95 people on the boat", "120
    passengers aboard the ship", "212 miners were underground" when the mine blew (`word` the
    verb, or the noun the place hangs on)."""
    for child in word.children:
        if child.lower_ == "aboard":
            return True
        if _underground(child) and (word.pos_ == "NOUN" or lemma(word) == "be" and not _still(word)):
            # (not "employs 3,000 people underground", "11 were trapped underground", nor "14 are
            # still under the ground": not yet out, after it struck)
            return True
        if child.lower_ == "on" and any(lemma(c) in lx.VESSELS | {"board"} for c in child.children):
            return True
        if lemma(word) == "be" and _there_when_it_struck(word, child):
            return True
    return False


def _held_now(verb: Token) -> bool:
    """ "were still being held", "are being held": held as the report tells it (not "two were
    held on Monday", of talks, or of a day's arrests)."""
    return _still(verb) or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)


def _held_in_parts(verb: Token | None, anchor: Token) -> bool:
    """ "26 people were being held in one forest camp and 14 in another": a count of some of
    those taken, beside another (not "26, including seven women": of those 26)."""
    if verb is None:
        return False
    # (in the verb's own clause: not "... and that the kidnappers demanded 20,000 dollars")
    apart = {t.i for c in verb.children if c.dep_ in ("conj", "ccomp", "advcl", "xcomp") for t in c.subtree}
    return any(
        t.like_num and t.i != anchor.i and t.i not in apart and t.ent_type_ not in ("DATE", "TIME", "MONEY")
        and not any(a.lower_ in ("including", "among") for a in t.ancestors)
        for t in verb.subtree
    )


def _some_came_back(ctx: ArticleContext) -> bool:
    """Whether a report of an abduction tells of any of those taken freed or come back."""
    return any(lx.FREED_WORDS.search(seg.text) for seg in ctx.article.segments)


def _still(verb: Token) -> bool:
    return lemma(verb) == "remain" or any(c.lower_ == "still" for c in verb.children)


def _underground(word: Token) -> bool:
    """ "underground", or "below ground" as the parser hangs it ("26 men had been below ground")."""
    return word.lower_ == "underground" or (
        word.dep_ == "prep" and word.lower_ in ("below", "under")
        and any(o.dep_ == "pobj" and o.lower_ == "ground" for o in word.children)
    )


def _lamps_taken_down(noun: Token, verb: Token, ctx: ArticleContext) -> bool:
    """ "52 cap lamps were issued for the shift", "71 lamps went down": in a mine's report, a
    lamp is a miner underground (not "35 came back up")."""
    if lemma(noun) != "lamp" or not _a_mines_report(ctx):
        return False
    issued = noun if noun.dep_ == "acl" else verb
    return lemma(issued) in ("issue", "hand", "sign") or lemma(issued) == "go" and any(
        c.lower_ == "down" for c in issued.children
    )


def _aboard_after(people: Token) -> bool:
    """ "the number of workers underground" where the parser hangs "underground" elsewhere."""
    return people.i + 1 < len(people.doc) and people.nbor(1).lower_ in ("underground", "aboard")


def _gear_for_saving_lives(noun: Token) -> bool:
    """ "ten life jackets", "two lifeboats": things aboard for saving lives, no one aboard."""
    life = any(c.dep_ == "compound" and c.lower_ == "life" for c in noun.children)
    return life or lemma(noun) in lx.LIFE_SAVING_GEAR


def _down_the_mine(verb: Token, counted: Token | None, ctx: ArticleContext) -> bool:
    """ "38 miners were working in the affected section", "22 workers were inside the mine when
    it exploded", "there were 38 miners working in the section": those down a mine when it
    struck, as "212 miners were underground" are. Not its workforce ("2,000 people work in the
    mine", "had worked in the pit for a decade"), nor people there on another day ("40 rescuers
    were inside the mine on Tuesday"), nor "50 fans were in the away section"."""
    if counted is None or lemma(counted) not in lx.PEOPLE_AT_WORK or lemma(counted) == "rescuer":
        return False
    # ("there were 38 miners working in ...": the place on the noun's "working", the tense on "were")
    clause = verb.head if verb.dep_ == "acl" and verb.head.i == counted.i else verb
    clause = clause.head if clause.i == counted.i else clause
    past = clause.tag_ == "VBD" or any(  # ("were working", "had been in the pit")
        a.dep_ == "aux" and a.lower_ in ("was", "were", "had") for a in clause.children
    )
    if not past or lemma(clause) not in ("be", "work") or any(c.lower_ == "still" for c in clause.children):
        return False
    placing = [clause, counted, *(c for c in counted.children if c.dep_ == "acl" and lemma(c) == "work")]
    workings = [
        o for v in placing for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
        for o in p.children if o.dep_ == "pobj" and lemma(o) in lx.MINE_WORKINGS
    ]
    if not (any(lemma(o) in lx.MINES for o in workings) or workings and _of_a_mine(ctx)):
        return False
    # when it struck: "when the tremor hit", "at the time", "the affected section"; or no day named
    # (however the model hangs the "when")
    struck = _when_it_struck(clause)
    struck = struck or any(lemma(a) in ("affect", "collapse", "flood") for o in workings for a in o.children)
    struck = struck or any(t.lower_ == "time" and t.head.lower_ == "at" for t in clause.subtree)
    return struck or _of_no_day(clause)


def _when_it_struck(clause: Token) -> bool:
    """ "when the tremor hit", "as the scaffolding fell" after a clause: set at the moment it
    struck (however the model hangs the "when")."""
    return any(
        t.lower_ in ("when", "as") and t.dep_ in ("advmod", "mark") and t.i > clause.i for t in clause.sent
    )


def _of_no_day(clause: Token) -> bool:
    """Whether a clause names no day or time of its own."""
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


# Workers on a site that collapsed, burned or blew up, and the places they were at; the kinds
# of them that work there ("construction workers", not "rescue workers").
SITE_WORKERS = frozenset("worker labourer laborer employee mason builder construction staff".split())
SITE_WORKER_KINDS = frozenset("construction building factory site plant contract casual day shift".split())
SITES = frozenset("site building tower factory plant warehouse premises workshop unit shed".split())
# A structure that fell ("the scaffolding collapsed", "part of the roof caved in"; not "talks
# collapsed"), or a fire or blast (the report's topics).
STRUCTURE_FELL = re.compile(
    r"\b(?:scaffold\w*|building|tower|roof|wall|bridge|crane|structure|floor|block|storey\w*|stand)s?\b"
    r"[^.]{0,60}?\b(?:collaps\w*|gave way|caved in|came down)",
    re.I,
)
SITE_DISASTERS = frozenset(["fire", "explosion"])
THAT_DAY = frozenset("morning afternoon evening night day".split())


def _on_the_site(verb: Token, counted: Token, ctx: ArticleContext) -> bool:
    """ "45 workers were on the site for the morning shift", "about 110 workers had been at the
    site on Thursday morning", in a report of a collapse, fire or blast: those there when it
    struck, as on board a ship. Not its workforce ("300 people work at the plant"), nor workers
    there on another day ("workers were at the site on Monday" with no shift nor "when"), nor
    "workers are still on the site" (the rescue). "35 workers were working in the factory at the
    time" were there too."""
    if lemma(counted) not in SITE_WORKERS or counted.head.i != verb.i or counted.dep_ != "nsubj":
        return False
    if any(c.dep_ in ("compound", "amod") and lemma(c) not in SITE_WORKER_KINDS for c in counted.children):
        return False  # "40 rescue workers were at the site", "health workers"
    aux = {a.lower_ for a in verb.children if a.dep_ == "aux"}
    working = lemma(verb) == "work" and verb.tag_ == "VBG" and bool(aux & {"was", "were"})
    if lemma(verb) != "be" and not working or any(c.lower_ in ("still", "now") for c in verb.children):
        return False
    if verb.tag_ != "VBD" and "had" not in aux and not working:
        return False
    if any(c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return False  # "100 workers were at the site to protest": there for a purpose of theirs
    sites = [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "in", "inside")
        for o in p.children if o.dep_ == "pobj" and lemma(o) in SITES
    ]
    struck = not SITE_DISASTERS.isdisjoint(ctx.topics) or any(
        STRUCTURE_FELL.search(seg.text) for seg in ctx.article.segments
    )
    if not sites or not struck:
        return False
    # (not "in 2019", "since March": another time than the day it struck)
    if any(t.lower_ == "since" or t.ent_type_ == "DATE" and re.fullmatch(r"\d{4}", t.text)
           for t in verb.subtree):
        return False
    # when it struck: "when it fell", "at the time", a shift; or the time before the report
    # ("had been at the site on Thursday morning")
    # ("at the time of the explosion", before the verb or after it; "that morning", the day told)
    around = {t.i: t for t in verb.sent if t.i > verb.i} | {t.i: t for t in verb.subtree}
    # (but "were working at the site that night, clearing debris": the rescue, after it)
    then = any(lemma(t) == "shift" or t.lower_ == "time" and t.head.lower_ == "at"
               or t.lower_ == "that" and t.head.lower_ in THAT_DAY and not working for t in around.values())
    return "had" in aux or _when_it_struck(verb) or then or _of_no_day(verb)


def _down_for_a_shift(verb: Token, counted: Token, ctx: ArticleContext) -> bool:
    """ "87 miners went down for the night shift", "40 miners descended into the pit": those
    down a mine's shift, in a mine's report (not "prices went down", "30 people went down with
    the ship")."""
    # (the verb's subject, or the men a clause tells of: "87 men who went down")
    told_of = counted.head.i == verb.i or verb.dep_ == "relcl" and verb.head.i == counted.i
    if lemma(counted) not in lx.PEOPLE_AT_WORK or not told_of or lemma(verb) not in ("go", "descend"):
        return False
    if lemma(counted) == "rescuer":
        return False  # "40 rescuers descended into the mine": not those it befell
    # ("went down for the night shift", "went down the pit", "went underground"; "descended")
    down = lemma(verb) == "descend" or any(
        c.lower_ == "down" and c.dep_ in ("prt", "prep") or c.lower_ == "underground" for c in verb.children
    )
    places = {lemma(o) for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"}
    return down and bool(places & SHIFT_PLACES) and _of_a_mine(ctx)


# Where those who went down a mine went: "down the pit", "for the night shift".
SHIFT_PLACES = lx.MINES | {"shift"}


def _of_a_mine(ctx: ArticleContext) -> bool:
    """Whether a report tells of a mine (its "section" is one of the mine's)."""
    return any(MINE_NAMED.search(seg.text) for seg in ctx.article.segments)


MINE_NAMED = re.compile(r"\b(?:mine|colliery|pit|shaft)s?\b", re.I)


def _a_passenger_roll(word: Token) -> bool:
    """ "the manifest", "the passenger list" (the model may tag "manifest" an adjective, and
    lemmatise it so)."""
    return word.lower_ in lx.ROLLS_OF_THOSE_ABOARD or lemma(word) in ("list", "register", "roll") and any(
        c.dep_ == "compound" and lemma(c) == "passenger" for c in word.children
    )


def _names_on_a_passenger_roll(names: Token) -> bool:
    """ "the passenger list handed in before departure contained 31 names": those aboard."""
    if lemma(names) != "name" or names.dep_ != "dobj":
        return False
    holder = names.head
    return lemma(holder) in ("contain", "show", "list", "include", "have", "carry", "bear") and any(
        c.dep_ == "nsubj" and _a_passenger_roll(c) for c in holder.children
    )


def _a_roll_of_those_aboard(counted: Token) -> bool:
    """ "the manifest shows 84 passengers", "the lamp-room records show 18 employees
    underground": a roll of those aboard or underground counts them (not "payroll records show
    3,000 employees")."""
    if counted.dep_ == "nsubjpass" and lemma(counted.head) in ("list", "enter", "record", "register"):
        # "118 passengers had been listed on the launch's manifest"
        return any(
            p.dep_ == "prep" and p.lower_ in ("on", "in") and _a_passenger_roll(o)
            for p in counted.head.children for o in p.children
        )
    placed_by = counted.head if counted.dep_ == "nsubj" else None  # ("show [18 employees underground]")
    there = placed_by if placed_by is not None and placed_by.lower_ in ("aboard", "underground") else None
    shows = there.head if there is not None else counted.head if counted.dep_ == "dobj" else None
    if shows is None or lemma(shows) not in lx.EVIDENCE_VERBS | {"list"}:
        return False
    if any(t.lower_ in lx.HABITUAL_WORDS | {"typical", "average", "usual"} for t in shows.subtree):
        return False  # "records show about 150 workers underground on a typical day shift"
    rolls = any(c.dep_ == "nsubj" and _a_passenger_roll(c) for c in shows.children)
    placed = there is not None or _on_board(counted)
    return rolls or placed or any(c.lower_ in ("aboard", "underground") for c in shows.children)


def _there_when_it_struck(verb: Token, child: Token) -> bool:
    """ "22 workers were on the premises at the time of the blast", "43 workers had been present
    on the day of the explosion": those at the site when a disaster struck (not "200 people
    were present at the meeting")."""
    there = child.lower_ == "on" and any(c.lower_ == "premises" for c in child.children)
    there = there or child.dep_ == "acomp" and child.lower_ == "present"
    return there and any(
        # "at the time of the blast", "on the day of the explosion", "during the fire"
        p.dep_ == "prep" and p.lower_ in ("at", "on", "during")
        and not lx.DISASTER_TOPICS.isdisjoint(topics_of(p.subtree))
        and (p.lower_ == "during" or any(lemma(o) in ("time", "day", "moment") for o in p.children))
        for p in (*verb.children, *child.children)  # (on "present" or on the verb)
    )


def verb_key(verb_lemma: str) -> str:
    """One name for verbs that say the same act: "fire" and "use" tear gas meet."""
    return lx.VERB_CANON.get(verb_lemma, verb_lemma)


def _agent_country(verb: Token | None) -> str:
    """ "Russian forces had lost 30 aircraft" -> russia: whose losses; "15 rounds were fired from
    the Myanmar side" -> myanmar: whose fire."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
    if subj is None:
        return ""
    own = nationality_in([t.lower_ for t in subj.subtree]) or ""
    # (the fire's, not what it hit: "two Indian posts were damaged by PLA fire" are India's)
    if not own and subj.dep_ == "nsubjpass" and verb is not None and verb_key(lemma(verb)) == "use":
        for prep in (c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from")):
            whence = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if whence is not None and (prep.lower_ == "by" or lemma(whence) in FIRING_SIDES):
                return nationality_in([t.lower_ for t in whence.subtree]) or ""
    return own


# Whence a side fires: "fired from the Myanmar side", "from Myanmar army positions".
FIRING_SIDES = frozenset(["side", "position", "bank"])  # (not "from Belarusian territory": a site)


def _jobs_at_stake(verb: Token, job: str) -> bool:
    """ "putting 1,150 jobs at risk", "with 1,150 roles affected" (by closures): jobs to go,
    as a company announcing cuts counts them (not "the strike affected 300 employees")."""
    cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if cause is not None and not _stands_for_the_company(cause):
        return False  # "the tariffs could put 50,000 jobs at risk": not a company's cuts
    if lemma(verb) == "put":
        return any(c.dep_ == "prep" and c.lower_ == "at" and any(lemma(g) == "risk" for g in c.children)
                   for c in verb.children)
    return lemma(verb) == "affect" and job in ("job", "role", "position")


def _take_part(verb: Token) -> bool:
    return any(c.lower_ == "part" and c.dep_ in ("dobj", "prt", "npadvmod") for c in verb.children)


def _plants_owned(docs: list[Doc], main_org: str | None) -> dict[str, str]:
    """The plants a report names as a group's: "the plant's owner, the Greek-based Thessalia Glass
    Group" and "owner Thessalia Glass" (of the company the report is about), "Thessalia Glass
    Group ... at its Arda Glass plant" (of the plant named). Group -> plant, by `company_name`.
    The plant's name is the one every report of its story gives (its denial, its union); the
    owner is named only in some."""
    plants: dict[str, str] = {}
    for doc in docs:
        for t in doc:
            if lemma(t) == "owner" and main_org:
                named = [c for c in t.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")]
                named += [t.head] if t.dep_ == "compound" and t.head.pos_ == "PROPN" else []
                owner = _company_named(named[0]) if named else ""
                plant = company_name(main_org)
                if owner == plant:
                    # (a report that names the owner most, whose plant it calls by its own name:
                    # "the trade union at the Arda Glass factory ... announced by owner Thessalia")
                    plant = next((_company_named(n) for n in _named_works(docs)), "")
                if owner and plant and owner != plant:
                    plants.setdefault(owner, plant)
            elif lemma(t) in lx.WORKS_NOUNS and any(c.dep_ == "poss" and c.lower_ == "its"
                                                    for c in t.children):
                names = _works_name(t)
                if not names:
                    continue
                verb = verb_above(t.head)
                doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if doer is not None and doer.lower_ == "it" and verb.dep_ == "ccomp":
                    # "Thessalia Glass Group said it would close a furnace at its Arda Glass plant"
                    doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                doer = doer if doer is not None and doer.pos_ == "PROPN" else None
                owner, plant = (_company_named(doer) if doer is not None else ""), _company_named(names[-1])
                if owner and plant and owner != plant:
                    plants.setdefault(owner, plant)
    return plants


def _of_one_plant(sent: Span) -> bool:
    """Whether a sentence tells of one plant: "cut 290 of the factory's 640 jobs", "410 jobs at
    the factory" (not "the group, which employs 5,000 people", nor "its Arda Glass plant and its
    Volos plant, cutting 800 jobs in total")."""
    works = [t for t in sent if lemma(t) in lx.WORKS_NOUNS]
    named = {" ".join(c.lower_ for c in t.children if c.dep_ == "compound") for t in works}
    return bool(works) and len(named - {""}) <= 1 and not any(t.tag_ == "NNS" for t in works)


def _named_works(docs: list[Doc]) -> list[Token]:
    """The (last words of the) names a report gives plants by, not by their towns: "the Arda
    Glass factory" (not "the Kardzhali plant")."""
    return [names[-1] for doc in docs for t in doc
            if lemma(t) in lx.WORKS_NOUNS and (names := _works_name(t))]


def _works_name(works: Token) -> list[Token]:
    """The name a plant is called by, when it is no town's: "its Arda Glass plant in Kardzhali",
    "the Savinja Aparati plant in Šentjur" (the town told apart); not "its Floreal plant" or "its
    Kecskemet plant", which name where it is (the model may tag no town as one)."""
    names = [c for c in works.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    located = any(p.dep_ == "prep" and p.lower_ in ("in", "near", "outside")
                  and any(o.pos_ == "PROPN" for o in p.children) for p in works.children)
    return names if names and located and names[-1].ent_type_ not in ("GPE", "LOC") else []


def _company_named(token: Token) -> str:
    """The company a name's words make: "the Greek-based Thessalia Glass Group" -> "thessalia"
    (the last run of names the token heads, at any depth: unlike `_proper_name`, also of a noun
    that heads them, "the Thessalia Glass group")."""
    words = [t for t in token.subtree if t.pos_ == "PROPN" and t.i <= token.i]
    run = [words[-1]] if words else []
    for w in reversed(words[:-1]):  # (only the name's own words, not a place before it)
        if w.i != run[0].i - 1:
            break
        run.insert(0, w)
    return company_name(" ".join(t.lower_ for t in run)) if run else ""


# The words that join a subsidiary's name to its country's: "Kessler do Brasil".
SUBSIDIARY_JOINS = frozenset(["do", "de", "du", "of", "di", "da"])


def company_name(name: str) -> str:
    """A company by the words of its name before those any company's name may end in ("kessler
    automobil" and "kessler" are one; `ORG_SUFFIXES`)."""
    words = without_kind_words(name.split())  # "steelmaker helvion steel": what, then who
    # (and a German maker's trade: "Kessler Antriebstechnik" is Kessler, as the wires call it)
    while len(words) > 1 and (
        words[-1] in lx.ORG_SUFFIXES or words[-1] in lx.FOREIGN_LEGAL_FORMS or words[-1].endswith("technik")
        # (and the country a subsidiary is named for: "Kessler Kabel Slovakia", "Kessler do Brasil")
        or len(words) > 2 and country_in(words[-1:]) is not None and not country_in(words[:1])
        or len(words) > 2 and words[-1] in SUBSIDIARY_JOINS
    ):
        words.pop()
    short = " ".join(words)
    # "China Mobile" is not China, nor "General Semiconductor" General Motors
    return name if names_a_side(short) or short in lx.GENERIC_NAME_WORDS else short


def _org_subject(verb: Token | None, ctx: ArticleContext) -> str:
    """Whose jobs or workforce: the verb's subject, with "the company" and "it" resolved."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None and verb is not None and verb.dep_ == "relcl":
        subj = verb.head  # "Greystone, which employs 6,200 people"
    after_a_move = verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG"
    if subj is None and verb is not None and (verb.dep_ == "xcomp" or after_a_move):
        # "the ministry planned to cut 4,000 jobs": the planner's jobs; "Kavin Knit Exports has
        # applied to close its units, retrenching 1,850 workers": the applicant's
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and verb is not None and lemma(subj) in lx.COMPANY_MOVE_NOUNS:
        # "the closure will cost 400 jobs": the company's; not "the government's decision to end
        # subsidies could cost 5,000 jobs across the industry"
        if any(lemma(t) in ("industry", "sector", "economy") for t in verb.subtree):
            return "industry"
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        # ("the restructuring announced by Axentis would cost 1,900 jobs": the company that made it)
        made_by = [o for c in subj.children if c.dep_ == "acl" for o in _agents(c) if o.pos_ == "PROPN"]
        owner = owner if owner is not None or not made_by else made_by[0]
        if owner is not None and owner.lower_ not in ("its", "their") and (
            not ctx.main_org or owner.lower_ not in ctx.main_org.split()
        ):
            return canonical(noun_phrase(owner))
        return ctx.main_org or ""
    owner = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) if (
        subj is not None and lemma(subj) == "owner"
    ) else None
    if owner is not None:
        return _company_named(owner)  # "the plant's owner, the Thessalia Glass Group, was preparing to"
    of_whom = _of_what(subj) if subj is not None and subj.like_num else None
    owner = next((c for c in of_whom.children if c.dep_ == "poss"), None) if of_whom is not None else None
    if owner is not None and owner.pos_ == "PROPN":  # "500 of Bosch's workers": Bosch's
        return company_of(" ".join(t.lower_ for t in noun_phrase(owner) if t.dep_ != "case"))
    if subj is None or subj.pos_ == "PRON" or lemma(subj) in lx.NOT_AN_EMPLOYER or subj.like_num:
        # "2,400 staff will lose their jobs", "38 stores will close", "the closure will cost 400
        # jobs", "390 of the plant's employees would lose their jobs": its
        return ctx.main_org or ""
    # "Greystone Dairy" by its name; "department store chain Brightwell's" by its name alone
    named = subj.pos_ == "PROPN"
    joined = next((e for e in subj.doc.ents if e.label_ == "ORG" and e.start <= subj.i < e.end
                   and any(t.dep_ == "cc" for t in e)), None)
    if named and joined is not None and joined.start == subj.i:
        return company_of(joined.text.lower())  # "Kastner & Lind", read as two subjects
    compounds = [t for t in subj.lefts if t.dep_ == "compound" and not (named and t.text.islower())]
    if subj.lower_ in lx.FOREIGN_LEGAL_FORMS | lx.LEGAL_SUFFIXES and not compounds:
        # "Baltronic AS will cut 760 jobs": the model may take the name for an adjective of "AS"
        compounds = [t for t in subj.lefts if t.dep_ == "amod" and t.text[:1].isupper()]
    if lemma(subj) in lx.WORKS_NOUNS:
        # "the Lourosa factory employs 340" and "the Lourosa plant has 410 workers": one plant;
        # "the factory" unnamed is the plant of the company the report is about (not another
        # company's "plant" in another report)
        kind = lx.FACILITY_KINDS.get(lemma(subj), subj.lower_)
        named_by = [t.lower_ for t in compounds] or ([ctx.main_org] if ctx.main_org else [])
        return company_of(" ".join([*named_by, kind]))
    return company_of(" ".join([*(t.lower_ for t in compounds), subj.lower_]))


def _a_ransom(anchor: Token, verb: Token | None, ctx: ArticleContext) -> bool:
    """Money paid for captives: "a ransom of 50 million naira was paid", "paid a ransom of about
    $5,000", or, after an abduction, money the captives' people paid, pooled or handed over
    ("contributed 3 million naira which was handed to the kidnappers"); not money paid for
    anything else (compensation, a reward, bills), nor a payment asked for, feared or promised
    ("asked the family to pay", "unless a ransom is paid", "could not afford to pay")."""
    if verb is not None and lemma(verb) == "be":
        # "Every family contributed, and the total was 50 million naira": what they paid
        total = any(c.dep_ == "nsubj" and lemma(c) in ("total", "sum", "amount") for c in verb.children)
        paying = (t for t in anchor.sent if lemma(t) in lx.PAYING_VERBS and t.pos_ == "VERB")
        verb = next(paying, None) if total else None
    collected = verb
    if verb is not None and lemma(verb) in ("collect", "gather"):
        # "the families had collected 8 million CFA francs and handed it to an intermediary"
        verb = next((c for c in verb.children if c.dep_ == "conj" and lemma(c) in lx.PAYING_VERBS
                     and any(o.dep_ == "dobj" and o.lower_ in ("it", "them") for o in c.children)), verb)
    if verb is None or lemma(verb) not in lx.PAYING_VERBS or _unreal(verb):
        return False
    if lemma(verb) == "raise" and any(c.lower_ == "to" for c in verb.children):
        return False  # "raised the ransom to 50 million naira": a demand raised
    payer = next((c for c in (collected or verb).children if c.dep_ == "nsubj"), None)
    # (what the money was for is told in the payment's own words, not by who told of it: "a
    # senior security source said a ransom was paid")
    own = {lemma(t) for t in verb.subtree} - {lemma(t) for t in (payer.subtree if payer is not None else ())}
    if own & lx.NOT_RANSOM:
        return False
    if _ransom_named(anchor):
        return True
    to_captors = any(lemma(o) in lx.CAPTOR_NOUNS
                     for c in verb.subtree if c.lower_ == "to" for o in c.children)
    # ("the kidnappers were paid 15 million pounds": the captors the passive's subject)
    to_captors = to_captors or any(
        c.dep_ == "nsubjpass" and lemma(c) in lx.CAPTOR_NOUNS for c in verb.children
    )
    kin = payer is not None and (
        lemma(payer) in lx.KIN_NOUNS | lx.PAYING_KIN or payer.lower_ in ("we", "they")
    )
    return ctx.abduction and (to_captors or kin)


def _unreal(verb: Token) -> bool:
    """A payment asked for, feared or promised: "asked the family to pay", "unless a ransom is
    paid", "could not afford to pay", "will pay"."""
    if any(c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    # (not "told the channel that a ransom was paid": a report of a payment made)
    return verb.dep_ == "xcomp" and lemma(verb.head) in lx.UNREAL_PAYING_HEADS


def _demanded_by_captors(verb: Token | None, anchor: Token, abduction: bool = False) -> bool:
    """ "the kidnappers demanded 50 million naira", "demanded a ransom of $500,000", and, in a
    story of people abducted, a captive's relative's "They called from my brother's phone and
    asked for 2 million CFA francs" (not "teachers demanded 30,000 naira in unpaid allowances")."""
    if verb is None or lemma(verb) not in lx.RANSOM_DEMAND_VERBS:
        return False
    asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if asker is None and verb.dep_ == "conj":
        asker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "called him and demanded"
    # "the kidnappers called the families, demanding ...", "had phoned several families demanding
    # 20,000 US dollars" (the parser may hang the demand on the families); not "attacked villages,
    # demanding levies", nor "never phoned the families demanding"
    calling = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    if asker is None and verb.dep_ in ("advcl", "acl", "xcomp") and verb.tag_ == "VBG" and (
        lemma(calling) in lx.CALLING_VERBS and not _negated(calling)
    ):
        asker = next((c for c in calling.children if c.dep_ == "nsubj"), None)
    if asker is None and verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" and lemma(calling) == "receive":
        # ("had received phone calls from the kidnappers on Tuesday demanding 3 million
        # shillings": who the calls came from)
        calls = (c for c in calling.children if c.dep_ == "dobj" and lemma(c) in ("call", "message"))
        asker = next((o for call in calls for p in call.children if p.dep_ == "prep" and p.lower_ == "from"
                      for o in p.children if o.dep_ == "pobj"), None)
    # ("they" who called the captives' people and asked: the captors; not "relatives said they
    # called the prefect and asked for 5 million CFA francs to help with the search": the tellers)
    call = verb.head
    they_called = abduction and verb.dep_ == "conj" and lemma(call) in lx.CALLING_VERBS
    told_after = call.dep_ == "ccomp" and call.head.i < call.i
    they_called = they_called and not told_after and asker is not None and asker.lower_ == "they"
    paid_for = any(lemma(t) in lx.NOT_RANSOM for t in anchor.sent)  # ("in compensation")
    they_called = they_called and not _negated(call) and not paid_for
    captors = asker is not None and (lemma(asker) in lx.CAPTOR_NOUNS | {"gang"} or they_called)
    return _ransom_named(anchor) or captors


def _ransom_named(anchor: Token) -> bool:
    """Whether a figure's sentence names a ransom."""
    return any(lemma(t) == "ransom" for t in anchor.sent)


def _money(noun: Token | None, verb: Token | None, ctx: ArticleContext) -> tuple[str, str]:
    """ "revenue of 4.2 billion euros" -> money|revenue; "revenue was 3.96 billion euros" too."""
    thing: Token | None = None
    if noun is not None and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        thing = noun.head.head
    elif verb is not None:
        thing = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and lemma(c) not in lx.CURRENCIES
            ),
            None,
        )
    if thing is None:
        return (f"money|{lemma(verb)}", ctx.main_org or "") if verb is not None else ("", "")
    return f"money|{canonical(noun_phrase(thing), adjectives=True)}", ctx.main_org or ""


def _nationals(noun: Token | None) -> str | None:
    """The subject of people counted by their nationality: "three Palestinians" are "palestine
    nationals", "four Serbs" (of a country the gazetteer does not know) "serb nationals"; else
    None. Those of one nationality may be some of a toll that names no one (detect)."""
    if noun is None or noun.pos_ != "PROPN" or noun.ent_type_ != "NORP" or noun.tag_ != "NNPS":
        return None
    one = noun.lower_.removesuffix("s")
    return f"{nationality_in([noun.lower_]) or nationality_in([one]) or one} {lx.NATIONALS}"


def _whose(noun: Token | None, ctx: ArticleContext, frame: Frame | None) -> str:
    """ "Russian soldiers" -> "russia military"; "our soldiers" -> the speaker's side."""
    if noun is None:
        return ""
    if noun.lower_ == "others" and not any(c.dep_ in ("appos", "amod", "prep") for c in noun.children):
        # "three soldiers were killed and seven others injured": the others are of their kind
        # (not when the sentence counted people of several kinds, or some among others:
        # "killed 12 people, including three soldiers")
        persons = lx.PERSON_NOUNS | lx.MILITARY_NOUNS
        counted = [t for t in noun.sent if t.i < noun.i and t.pos_ == "NOUN" and lemma(t) in persons
                   and (any(c.dep_ == "nummod" for c in t.children) or _counted_of(t))
                   and t.head.lower_ not in ("including", "among")]  # (some of those counted)
        if len(counted) == 1:
            return _whose(counted[0], ctx, frame)
    harms = noun.head.dep_ == "conj" and {lemma(noun.head), lemma(noun.head.head)} <= FIGHTERS_FATES
    if noun.like_num and noun.dep_ in ("nsubj", "nsubjpass") and harms:
        # "three Ethiopian soldiers were killed and 11 wounded": the 11 are of the kind counted
        # first (not "two officers were injured and 15 were arrested")
        first = next((c for c in noun.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is not None and first.like_num:
            first = _partitive_people(first)  # "two of its soldiers were killed and three wounded"
            numbered = first is not None
        else:
            numbered = first is not None and any(c.dep_ == "nummod" for c in first.children)
        if first is not None and numbered and lemma(first) in lx.PERSON_NOUNS | lx.MILITARY_NOUNS:
            return _whose(first, ctx, frame)
    if _counter_protest(noun):
        return lx.COUNTER  # "200 counter-demonstrators gathered": not the march they oppose
    mods = _modifiers(noun)
    of_whom = _of_what(noun)
    if of_whom is None and noun.like_num:
        of_whom = next(iter(_objects_of(noun, "from")), None)  # a translation's "52 from the enemy elements"
    if of_whom is None and noun.like_num and noun.dep_ == "dobj" and noun.nbor(1).lower_ == "from":
        # ("killed 27 from the elements of the attacking force", the "from" hung on the verb)
        of_whom = next(iter(_objects_of(noun.head, "from")), None)
    enemy = of_whom if of_whom is not None and _the_enemy(of_whom) else None
    if noun.like_num and enemy is not None:
        mods = mods + list(enemy.subtree)  # "killed 25 of the enemy elements": the enemy's
    elif noun.like_num and of_whom is not None and lemma(of_whom) in lx.ENEMY_PEOPLE_NOUNS:
        mods = mods + list(of_whom.subtree)  # "17 from the terrorist elements": terrorists
    # "23 assailants of the enemy were neutralised", where the report's own voice names the
    # enemy as a country ("the Nigerian enemy", `ArticleContext.enemy`): that state's soldiers
    # (not "Twelve fighters of the enemy" in a report of jihadists, nor "the enemy militia")
    enemy_soldiers = (
        ctx.enemy is not None and enemy is not None and lemma(noun) in lx.ARMED_GROUP_NOUNS
        and not any(lemma(t) in lx.ARMED_GROUP_NOUNS for t in enemy.subtree)
    )
    if enemy_soldiers and enemy is not None:
        mods = mods + list(enemy.subtree)
    deaths_of_people = lemma(noun) in ("death", "fatality") and (of := _of_what(noun)) is not None and (
        lemma(of) in lx.PERSON_NOUNS | lx.MILITARY_NOUNS
    )  # ("12 deaths of children": the children's)
    if _is_remains(noun) or _armed_members(noun) or deaths_of_people:  # "the bodies of 20 soldiers": whose
        of = _of_what(noun)  # "63 members of the extremist group": the group's
        if of is not None:
            noun, mods = of, mods + _modifiers(of)
    # "no deaths among children", "no deaths had been recorded among children": whose (not
    # "41 were detained, among them two minors": some of them)
    told = (*noun.children, *(noun.head.children if noun.dep_ in ("nsubj", "nsubjpass") else ()))
    preps = [p for p in told if p.dep_ == "prep" and p.lower_ == "among"]
    among = [o for p in preps if not any(o.pos_ == "PRON" or o.dep_ == "nummod" for o in p.subtree)
             for o in p.children if o.dep_ == "pobj"]
    mods = mods + [w for o in among for w in o.subtree]
    if noun.lower_ in THE_FALLEN:  # "the number of the killed from the Ethiopian elements": theirs
        # (not "the killed from the Israeli strikes": what killed them)
        mods = mods + [w for o in _objects_of(noun, "from") if lemma(o) in FALLEN_FROM for w in o.subtree]
    # "nine bodies, all of them civilians": what all of them were (however the parser hangs it)
    after_the_count = [*noun.children, *(noun.head.children if noun.dep_ in ("dobj", "nsubjpass") else ())]
    mods = mods + [c for c in after_the_count if c.dep_ in ALL_OF_THEM_DEPS and c.pos_ == "NOUN"
                   and c.i > noun.i and any(d.lower_ == "all" for d in c.children)]
    if noun.dep_ in ("advcl", "acomp") and noun.lower_ == "dead":
        mods += _whose_losses(noun.head)  # "Eritrean losses now stood at no fewer than 45 dead", as parsed
    # "three of its soldiers and two villagers had died": its villagers too (however the
    # parser joins the two: as conjuncts, or as two subjects of the verb)
    counts = [noun.head] if noun.dep_ == "conj" and noun.head.like_num else [
        c for c in noun.head.children if c.dep_ == noun.dep_ and c.like_num and c.i < noun.i
    ] if noun.dep_ in ("nsubj", "nsubjpass") else []
    mods += [p for count in counts for of in count.children if of.dep_ == "prep" and of.lower_ == "of"
             for o in of.children for p in o.children
             if p.dep_ == "poss" and p.lower_ in ("its", "our", "their")]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "to"):  # ("brought the army's losses to five")
        # "put the army's toll at about 30 dead": the dead are the army's. Only a force that
        # owns the toll says whose they are: "the Russian missile attack's toll" names who
        # attacked, and "its toll" whose count it is; but "the army put its own losses at six"
        # are the army's.
        put = noun.head.head
        forces = lx.MILITARY_NOUNS
        own = ("its", "their")  # the putter's own: "the army put its own losses at six"
        tolls = lx.FIGURE_NOUNS | {"loss"}
        toll = next((c for c in put.children if c.dep_ == "dobj" and lemma(c) in tolls), None)
        if toll is None:
            mods += _whose_losses(put)  # "Djiboutian losses had risen to at least 70 dead"
        owner = next((c for c in toll.children if c.dep_ == "poss"), None) if toll is not None else None
        if owner is not None and lemma(owner) in forces:
            mods += list(owner.subtree)
        elif toll is not None and lemma(toll) == "loss" and owner is None:
            mods += [c for c in toll.children if c.dep_ == "amod"]  # "put Libyan losses at 60 dead"
        elif toll is not None and lemma(toll) == "loss" and owner is not None and owner.lower_ in own:
            putter = next((c for c in put.children if c.dep_ == "nsubj"), None)
            if putter is not None and (lemma(putter) in forces or _a_defence_ministry(putter)):
                mods += list(putter.subtree)
    # (not "Australian-trained Fijian peacekeepers", "Czech-made tanks": who made them)
    made_by = {t.i for t in mods if t.i + 2 < len(t.doc) and t.nbor(1).text == "-"
               and t.nbor(2).lower_ in MADE_BY_WORDS}
    country = nationality_in([t.lower_ for t in mods if t.i not in made_by]) or _of_a_named_side(noun)
    if country is None and ctx.acronyms:
        # "one soldier of RDF", after "the Rwanda Defence Force (RDF)"
        named = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        # (or "FAMa", the Forces Armées Maliennes, its small letter a word's)
        country = next((ctx.acronyms[t.lower_] for t in [*mods, *named]
                        if _a_short_name(t) and t.lower_ in ctx.acronyms), None)
    if country is None and noun.dep_ == "dobj" and lemma(noun.head) == "lose":
        country = _agent_country(noun.head) or None  # "Russia had lost 1,090 troops"
    ours = _on_our_side(noun)
    mourned = lemma(noun) in lx.MARTYR_WORDS and lemma(noun.head) not in KILLED_BY
    # ("five martyrs from the officers and the soldiers of our forces": the teller's)
    our_martyrs = mourned and any(t.lower_ == "our" for t in noun.subtree)
    owned = ours or our_martyrs or any(t.lower_ in ("our", "its", "their") for t in mods)
    if country is None and owned and frame:
        # ("the Swedish defence ministry said two of its soldiers": Sweden's)
        said_by = frame.speaker
        words = re.sub(r"['’]s\b", "", said_by.text.lower()).split()  # ("Guinea's army")
        country = nationality_in(said_by.side.split()) or nationality_in(words) or country_in(words)
        if country is None and set(said_by.side.lower().split()) <= STATE_VOICE_WORDS and (
            set(re.findall(r"\w+", ctx.article.source.lower())) & STATE_OUTLET_WORDS
        ):
            # "five martyrs of our forces", said by "the spokesman of the Armed Forces" in the
            # Sudanese News Agency's report: the outlet's country's (a state's own outlet: not a
            # newspaper's, which may quote any army's spokesman)
            country = _outlet_country(ctx)
    if country is None and ours and ctx.enemy:
        country = f"not {ctx.enemy}"  # "from our side, two soldiers fell", told against "the Nigerian enemy"
    if country is None and ctx.own_side and (
        ours or any(t.lower_ == "our" for t in noun.subtree) or mourned
    ):  # (or "mourns three martyrs": its own dead; not "Israeli forces killed three martyrs")
        country = ctx.own_side  # "two members of our Defence Forces became martyrs", in Eritrea's report
    # ("60 members of the attacking force", "27 from its elements"; not "60 victims of the invading
    # troops": those they killed)
    foes = enemy is not None and (noun.like_num or lemma(noun) in FALLEN_FROM) or _the_enemy(noun)
    foes = foes or any(lemma(t) in lx.ENEMY_NOUNS for t in mods)
    if country is None and foes and not _claimed_within(noun):
        # Eritrea's "112 enemy soldiers were liquidated": not Eritrea's (the outlet's side, when
        # the sentence reports no one: "hadas eritrea")
        teller = frame.speaker.side if frame else ctx.article.source
        # ("Russian forces killed 25 of the enemy": not Russia's, whoever tells it)
        killer = _agent_country(noun.head) if noun.dep_ in ("dobj", "nsubjpass") else ""
        # (an outlet named for its capital speaks from its country, "Juba Al-Youm", when its
        # report names that country: not the Bangkok Post's report of Myanmar's war)
        words = teller.lower().split()
        speakers = killer or _country_of_the_name(words, ctx)
        if not speakers and frame is not None and set(words) <= STATE_VOICE_WORDS:
            # (a state's spokesman or forces of no country named, in an outlet named for its
            # country: "Sudan Nile Gate", "Djibouti Morning Post"; not "RSF spokesman")
            speakers = _outlet_country(ctx)
        # (or the enemy the report names: "23 assailants of the enemy", after "the Nigerian enemy")
        # (or the other side of the one whose martyrs the report mourns)
        country = f"not {speakers}" if speakers else ctx.enemy or (ctx.own_side and f"not {ctx.own_side}")
    if country is None:
        country = _country_of_the_side_before(noun)
    fighting_or_people = lemma(noun) in lx.FORCES_NOUNS or lemma(noun) in ("people", "person")
    if country is None and fighting_or_people and _both_sides_dead(noun, frame):
        # "seven soldiers were killed in fighting between Armenia and Azerbaijan", "nine people
        # were killed in fighting between Thai and Cambodian troops"
        country = lx.BOTH_SIDES
    if country is None:
        # a nationality the gazetteer does not know, kept as written: "Thai civilians" are
        # not "Cambodian civilians"
        people = (t for t in mods if t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound"))
        country = next((t.lower_ for t in people), None)
    category = ""
    nouns = {lemma(noun), *(lemma(t) for t in mods if t.pos_ in ("NOUN", "ADJ"))}
    # (and plural names, which the model leaves plural: "the Eritrean Defence Forces 5 members";
    # not "40 Salvation Army volunteers")
    nouns |= {lemma(t).removesuffix("s") for t in mods if t.pos_ == "PROPN" and t.lower_.endswith("s")}
    if nouns & lx.ARMED_GROUP_NOUNS and not enemy_soldiers:
        category = "militant"
    # (the police's: its officers'; "37 enemy elements": the enemy's fighters)
    elif (enemy_soldiers or nouns & lx.FORCES_NOUNS or lemma(noun) == "police" or _enemy_people(noun)
          or noun.like_num and enemy is not None):  # ("52 from the enemy elements": fighters)
        category = "military"
    elif nouns & lx.CHILD_NOUNS:
        category = "child"
    elif nouns & (lx.CIVILIAN_NOUNS | CROWD_NOUNS) or nouns & CIVILIAN_TRADES and _harmed_in_war(noun, ctx):
        # ("Libyan shelling killed seven miners": in a war, people at their work are civilians)
        # (a march's crowd against the police: "no demonstrators were injured" says nothing of
        # "six officers were hurt")
        category = "civilian"
    elif ours or country is None and nouns & lx.ENEMY_NOUNS:
        # the side that fights: its own losses; or, told by no side named, the enemy's ("our
        # forces killed more than 60 of the enemy elements"): its fighters
        category = "military"
    if country is None and category == "military":
        # "eight soldiers hurt in a clash with Chinese troops", "a clash with Chinese troops
        # killed 20 soldiers": not China's; "Indian troops killed five soldiers": not India's
        # (but "it killed five soldiers in fire against Pakistani troops": whose, it does not say)
        foe = _fought_with(noun) if _befallen_in_a_clash(noun) else _killers_nation(noun)
        country = f"not {foe}" if foe else None
    if country is None and category in ("civilian", "child") and (foe := _shelled_by(noun)):
        # "the Thai artillery fired 40 shells on a village, and three civilians were hurt"
        country = f"not {foe}"
    return " ".join(p for p in (country or "", category) if p)


# The fallen counted as such, in a translation's "the number of the killed from ...", and the
# ranks they are from ("from the Ethiopian elements").
THE_FALLEN = frozenset(["killed", "dead", "wounded", "injured"])
FALLEN_FROM = lx.FORCES_NOUNS | lx.MILITARY_NOUNS | lx.ENEMY_PEOPLE_NOUNS | frozenset(
    ["element", "member", "unit", "rank", "side", "fighter"]
)


# People named by their work, who in a war's report are its civilians (in a mine's collapse,
# its workforce: detect.WORKFORCE_ROLES).
CIVILIAN_TRADES = frozenset(
    "miner worker labourer laborer trader merchant vendor pilgrim worshipper".split()
)


# The words of a state's voice that name no country: "the spokesman", "the armed forces".
STATE_VOICE_WORDS = frozenset(
    "spokesman spokesperson spokeswoman army armed forces force military ministry defence defense "
    "command official officials general staff government communication communications service office "
    "statement".split()
)


# The words of a state's own outlet: "Sudanese News Agency", "Government Communication Service".
STATE_OUTLET_WORDS = frozenset("agency government ministry service office command".split())


def _outlet_country(ctx: ArticleContext) -> str | None:
    """The country an outlet is named for ("Sudan Nile Gate", "Juba Al-Youm"), when its report
    names that country; None else."""
    # (its words bare of brackets: "Government Communication Service (Ethiopia)")
    home = _country_of_the_name(re.findall(r"[\w'-]+", ctx.article.source.lower()), ctx)
    return home if home is not None and home in ctx.region else None


def _country_of_the_name(words: list[str], ctx: ArticleContext) -> str | None:
    """The country a teller's or an outlet's name names ("Sudan Nile Gate"), or whose capital it
    names when the report names that country ("Juba Al-Youm")."""
    home = next(filter(None, map(country_of_capital, words)), None)
    return country_in(words) or (home if home in ctx.region else None)


# Who and what fights: "Libyan shells", "the enemy", "the shelling".
WAR_DOERS = lx.WEAPON_NOUNS | lx.MILITARY_NOUNS | frozenset(
    ["shelling", "bombardment", "attack", "airstrike", "fighting", "enemy"]
)


def _harmed_in_war(noun: Token, ctx: ArticleContext) -> bool:
    """Whether the people `noun` counts were harmed in a war or an attack: a report of one whose
    sentence tells the fighting (not a mine's collapse in a report that names a war in passing),
    or a weapon or a force did it ("Libyan shells hit a miners' camp, killing seven miners")."""
    if not {"war", "attack"}.isdisjoint(ctx.topics) and any(lemma(t) in WAR_DOERS for t in noun.sent):
        return True
    verb = noun.head if noun.dep_ == "dobj" else None
    while verb is not None:
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is not None:
            return lemma(doer) in WAR_DOERS
        verb = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
    return False


def _doer_to(noun: Token) -> Token | None:
    """Who did it to the object `noun`: "a clash" of "a clash killed 20 soldiers"."""
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" else None


def _befallen_in_a_clash(noun: Token) -> bool:
    """Whether what is told befell the soldiers (they are its subject) or a clash did it."""
    doer = _doer_to(noun)
    return noun.dep_ in ("nsubj", "nsubjpass") or doer is not None and lemma(doer) in lx.CLASH_NOUNS


def _killers_nation(noun: Token) -> str | None:
    """The country of the troops that did it to the soldiers: "Indian troops killed five soldiers"."""
    doer = _doer_to(noun)
    if doer is None or lemma(doer) not in lx.FORCES_NOUNS:
        return None
    return nationality_in([t.lower_ for t in doer.lefts if t.dep_ in ("amod", "compound")])


# What fires on a place, with a nation's name before it: "the Thai artillery", "Libyan drones".
SHELLING_ARMS = frozenset("artillery drone aircraft jet warplane army troop force gunner tank".split())
SHELLING_VERBS = frozenset("fire shell bomb strike hit target pound bombard".split())


def _shelled_by(noun: Token) -> str | None:
    """The country whose fire the sentence tells of before the civilians it counts were hurt
    ("the Thai artillery fired more than 40 shells on the village, and three civilians were
    injured"): they are not that country's."""
    hurt = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    # (the harm joined to the fire, "fired 40 shells on the village, and three civilians were
    # injured", "hit the bazaar, killing nine civilians"; not "fired in response to an attack that
    # wounded three civilians", "struck after rockets wounded two civilians")
    if hurt is None:
        return None
    following = hurt.dep_ == "advcl" and hurt.tag_ == "VBG"
    following = following and not any(c.dep_ == "mark" for c in hurt.children)
    fired = [hurt.head] if hurt.dep_ == "conj" or following else []
    for verb in (t for t in fired if t.i < noun.i and lemma(t) in SHELLING_VERBS and t.pos_ == "VERB"):
        arms = [c for c in verb.children if c.dep_ == "nsubj" and lemma(c) in SHELLING_ARMS]
        foe = next((nationality_in([t.lower_ for t in a.lefts if t.dep_ in ("amod", "compound")])
                    for a in arms), None)
        if foe:
            return foe
    return None


def _fought_with(noun: Token) -> str | None:
    """The country of the troops a clash was with, in the sentence that counts soldiers of no
    country ("eight soldiers had been injured in the exchange of fire with Chinese troops"):
    the soldiers are not theirs."""
    for tok in noun.sent:
        forces = tok.dep_ == "pobj" and lemma(tok) in lx.FORCES_NOUNS
        if not (forces and tok.head.lower_ in ("with", "against")):
            continue
        if lemma(tok.head.head) not in lx.CLASH_NOUNS:
            continue  # (not "soldiers deployed with Polish troops": allies)
        foe = nationality_in([t.lower_ for t in tok.lefts if t.dep_ in ("amod", "compound")])
        if foe:
            return foe
    return None


# Those kept where they are, not trapped in a collapse or a wreck (who are the missing by
# another name): "3,000 passengers were stranded", "stuck at the airport".
STRANDED = re.compile(r"\b(?:strand(?:ed|ing)?|stuck)\b", re.I)
# How the parser hangs "all of them civilians" after a count: on the noun, or on its verb.
ALL_OF_THEM_DEPS = frozenset(["appos", "advcl", "npadvmod", "dobj"])
# People in a march or a riot, who are not its police.
CROWD_NOUNS = frozenset(["demonstrator", "protester", "protestor", "marcher", "rioter"])


# What a country did to a thing or to people it is not whose they are: "Czech-made tanks".
MADE_BY_WORDS = frozenset("made trained built backed born led supplied designed funded armed".split())


def _own_place_in_a_list(anchor: Token, noun: Token | None, sent: Span) -> tuple[str, ...] | None:
    """The places of one count in a sentence that counts by place ("six deaths in Gaya, five in
    Aurangabad and three each in Nawada and Jehanabad"): its own, not all the sentence names.
    None when the sentence gives no second count with a place of its own."""
    own = _place_after(anchor) or (_place_after(noun) if noun is not None else ())
    if not own:
        return None
    others = [t for t in sent if t.like_num and t.i != anchor.i and t.head.i != anchor.i
              and (_place_after(t) or _place_after(t.head))]
    if not others or any(_told_as_some(t, anchor) for t in others):
        return None  # ("22 in Bihar, with 12 in Patna and 10 in Gaya": the 22 is the whole's)
    return own


def _told_as_some(count: Token, anchor: Token) -> bool:
    """ "22 people in Bihar, with 12 in Patna", "nine in Ukraine, including five in Kharkiv":
    `count` is told as some of a whole `anchor` is not among."""
    return any(up.lower_ in ("with", "including", "among") and not up.is_ancestor(anchor)
               for up in count.ancestors)


def _place_after(holder: Token) -> tuple[str, ...]:
    """ "five in Aurangabad", "three each in Nawada and Jehanabad": the places a count is of."""
    for prep in holder.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":  # (not "three from Kaduna": whence)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ in ("GPE", "LOC"):
                names = [pobj, *(c for c in pobj.conjuncts if c.pos_ == "PROPN")]
                return tuple(dict.fromkeys(place_key(proper_name(t)) for t in names))
    return ()


def _claimed_within(noun: Token) -> bool:
    """Whether a count is another's claim the sentence reports: "dismissed Moscow's claim that
    500 enemy soldiers were killed", "a fighter boasts that ..." (whose enemy is the claimant's)."""
    return any(lemma(a) in ("claim", "boast", "allege", "assertion") for a in noun.ancestors)


def _counter_protest(noun: Token) -> bool:
    """ "counter-demonstrators", "counter-protesters" (not "counter-terrorism officers")."""
    doc = noun.doc
    if noun.lower_ == "counter" and noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-":
        noun = doc[noun.i + 2]  # the parser may split "counter-demonstrators" into three words
    elif noun.lower_.startswith("counter") and "-" in noun.text:
        return noun.lower_.split("-", 1)[1].rstrip("s") in COUNTER_CROWDS
    elif not (noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "counter"):
        return False
    return lemma(noun) in COUNTER_CROWDS


# Who turns out against a march: "counter-demonstrators", "counter-protesters".
COUNTER_CROWDS = frozenset(["demonstrator", "protester", "protestor", "marcher", "rally", "protest",
                            "demonstration"])


# The bodies whose members are counted as fighters ("two members of the regional police" as officers).
ARMED_BODIES = lx.MILITARY_NOUNS | {"police"}


def _armed_members(noun: Token | None) -> bool:
    """ "180 members of the enemy army", "63 members of the extremist group", a translation's
    "no element of our forces": fighters (not "members of the pilots' union")."""
    group = _of_what(noun) if noun is not None and lemma(noun) in ("member", "element") else None
    if group is None:
        return False
    kinds = [t for t in group.lefts if t.dep_ in ("amod", "compound")]
    return lemma(group) in ARMED_BODIES or any(lemma(t) in lx.ARMED_GROUP_NOUNS for t in kinds)


def _enemy_people(noun: Token | None) -> bool:
    """ "37 enemy elements", "40 enemy manpower": those of the enemy a communiqué counts."""
    return noun is not None and lemma(noun) in lx.ENEMY_PEOPLE_NOUNS and any(
        t.dep_ in ("amod", "compound") and t.lower_ in ("enemy", "hostile") for t in noun.lefts
    )


def _modifiers(noun: Token) -> list[Token]:
    """The words before a noun that say whose or what kind it is ("the Russian army's"), and a
    nationality a translation puts after it ("died one soldier Ecuadorian")."""
    before = [w for t in noun.lefts if t.dep_ in ("amod", "compound", "poss", "nmod") for w in t.subtree]
    after = [t for t in noun.rights
             if t.dep_ in ("amod", "appos") and t.pos_ == "ADJ" and t.ent_type_ == "NORP"]
    return before + after


def _of_a_named_side(noun: Token) -> str | None:
    """ "15 servicemen of the Kyrgyz side", "five people were killed on the Kyrgyz side", "the
    losses of the Tajik side compose ten servicemen": the country of the side named."""
    holders = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        # (and the clause's head, but not the speaker's: "officials on the Russian side said")
        up = noun.head.head
        climb = noun.head.dep_ in ("ccomp", "xcomp") and lemma(up) not in lx.REPORT_VERBS
        verbs = [noun.head, *([up] if climb else [])]
        holders += [h for verb in verbs
                    for h in (verb, *(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")))
                    if h.i != noun.i]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "on", "among"):
                continue
            for side in prep.children:
                # (or the country itself, of the people counted: "5 soldiers of Tajikistan",
                # "the border forces of the Islamic Emirate")
                named = holder is noun and prep.lower_ == "of" and side.pos_ == "PROPN"
                if side.dep_ == "pobj" and named:
                    # (the name is a side's, as a whole: not "Tehreek-e-Taliban Pakistan", "the
                    # Free Syrian Army", "the Bank of Uganda")
                    name = " ".join(t.lower_ for t in side.subtree if t.dep_ != "det")
                    if names_a_side(name):
                        return country_in([name])
                # (or its forces: "one serviceman of the Armenian Armed Forces")
                forces = holder is noun and _national_forces(side)
                if side.dep_ == "pobj" and (lemma(side) == "side" or forces):
                    country = nationality_in([t.lower_ for t in side.subtree])
                    if country:
                        return country
    return None


def _national_forces(forces: Token) -> bool:
    """ "the Armenian Armed Forces", "the Azerbaijani army": a country's forces as a whole (not
    "the Free Syrian Army")."""
    armed = any(t.lower_ == "armed" for t in forces.lefts)
    if not (lemma(forces) == "army" or armed and (lemma(forces) == "force" or forces.lower_ == "forces")):
        return False  # (not "the Lebanese Forces", a party)
    # (its name before it: "the Royal Cambodian Armed Forces who fought", a kingdom's)
    words = [t.lower_ for t in forces.subtree
             if t.dep_ != "det" and t.i < forces.i and t.lower_ not in ("armed", "royal")]
    return bool(words) and names_a_side(" ".join(words))


def _a_defence_ministry(noun: Token) -> bool:
    """ "Djibouti's defence ministry put its own losses at six": a defence ministry's own
    losses are its forces'."""
    return lemma(noun) == "ministry" and any(c.lower_ in ("defence", "defense") for c in noun.children)


def _country_of_the_side_before(noun: Token) -> str | None:
    """ "On the Djiboutian side, four soldiers fell", "For the side of Lao, 2 soldiers have
    sacrificed their life": the country of the side named last before a count, after "on" or
    "for" (not "the Russian side said ...": a speaker, not whose)."""
    sides = [t for t in noun.sent if lemma(t) == "side" and t.i < noun.i
             and t.dep_ == "pobj" and (t.head.lower_ in ("on", "for") or _fronted_from(t.head, noun))
             and not _of_the_speaker(t.head.head) and _in_the_counts_clause(t.head.head, noun)]
    if not sides or any(p.dep_ == "prep" and p.lower_ == "of" and any(
        lemma(o) in BORDER_WORDS for o in p.children) for p in sides[-1].children
    ):
        return None  # ("on the Russian side of the border": where, not whose)
    # ("on the Djiboutian side", "on the side of Burundi")
    named = [c for c in sides[-1].children if c.dep_ in ("amod", "compound")]
    named += [o for p in sides[-1].children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    return nationality_in([t.lower_ for t in named])


def _fronted_from(prep: Token, noun: Token) -> bool:
    """ "From the Tajik side two border guards died", as a translation words "on the Tajik
    side": "from" set before the count, on its own verb (not "killed by fire from the Tajik
    side": whence the fire came)."""
    return prep.lower_ == "from" and prep.head.i == noun.head.i and noun.dep_ in ("nsubj", "nsubjpass")


# What a country's side of is a place: "on the Russian side of the border".
BORDER_WORDS = frozenset(["border", "frontier", "river", "line", "boundary", "lake", "bridge"])


def _in_the_counts_clause(word: Token, noun: Token) -> bool:
    """Whether `word` (what "on the X side" hangs on) is in the clause of the count `noun`:
    one of its heads up to the clause's verb, or a subject or object of one ("the balance on
    the Djiboutian side makes state of four soldiers fallen"); not another clause's ("losses
    on the Russian side were heavier, while Ukraine said it lost 40 soldiers")."""
    heads = []
    up = noun
    while True:
        heads.append(up)
        said = up.dep_ == "ccomp" and lemma(up.head) in lx.REPORT_VERBS  # (what another says)
        clause = said or up.dep_ in ("advcl", "relcl", "conj", "parataxis", "ROOT")
        if clause and up.pos_ in ("VERB", "AUX"):
            if said:  # "On the Armenian side, the ministry reported that 49 were killed"
                heads.append(up.head)
            break
        if up.head.i == up.i:
            break
        up = up.head
    if word in heads:
        return True
    return word.dep_ in ("nsubj", "nsubjpass", "dobj") and word.head in heads


def _of_the_speaker(word: Token) -> bool:
    """ "Officials (on the Russian side) said": the one who speaks, not whose a count is."""
    return word.dep_ == "nsubj" and lemma(word.head) in lx.REPORT_VERBS


def _our_side(noun: Token) -> bool:
    """ "our side", "our ranks", "our part" (not "our side of the border": a place)."""
    return (
        lemma(noun) in ("side", "rank", "part")
        and any(d.lower_ == "our" for d in noun.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    )


def _our_forces(noun: Token) -> bool:
    """ "our forces", "our heroic troops": the speaker's own."""
    return lemma(noun) in lx.FORCES_NOUNS and any(d.lower_ == "our" for d in noun.children)


def _on_our_side(noun: Token) -> bool:
    """ "no casualties on our side", "losses among our ranks", "on the friendly side, 6 dead
    and 11 wounded; on the enemy side, ...", "from our side, two soldiers fell": the speaker's
    side's own."""
    # (on the noun, or, of fighters, on the verb they are the subject of)
    fighters = lemma(noun) in lx.MILITARY_NOUNS and noun.dep_ in ("nsubj", "nsubjpass")
    told = [*noun.children, *(noun.head.children if fighters else ())]
    if any(
        prep.dep_ == "prep" and prep.lower_ in ("on", "among", "from")
        and any(_our_side(o) for o in prep.children)
        for prep in told
    ):
        return True
    # "mourned four martyrs from (or of) our heroic forces", "two soldiers from our forces were
    # sacrificed"
    if any(
        prep.dep_ == "prep" and prep.lower_ in ("from", "of") and any(_our_forces(o) for o in prep.children)
        for prep in (*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ()))
    ):
        return True
    if noun.dep_ == "dobj" and lemma(noun.head) == "lose":  # "our forces lost three members"
        loser = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        forces = loser is not None and lemma(loser) in lx.FORCES_NOUNS | lx.MILITARY_NOUNS
        if forces and loser is not None and any(d.lower_ == "our" for d in loser.children):
            return True
        # ("Guinea's army said it lost only one soldier": the speaker lost them)
        said = noun.head.dep_ == "ccomp" and lemma(noun.head.head) in lx.REPORT_VERBS
        if said and loser is not None and loser.lower_ in ("it", "we"):
            return True
    sides = [t for t in noun.sent if lemma(t) == "side" and t.i < noun.i]
    last = sides[-1] if sides else None  # the side named last before the count
    # ("on the friend side": a translation's word for it; not "at her friend's side")
    return last is not None and any(
        c.lower_ in ("friendly", "friend") and c.dep_ in ("amod", "compound") for c in last.children
    )


def _change_subject(noun: Token | None, verb: Token | None) -> str:
    """What grew or fell: "the economy grew 2.1%" / "economic growth" -> "economy"."""
    if noun is not None and lemma(noun) in ("growth", "gdp", "output"):
        return "economy"
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lower_ != "%":
                if lemma(child) in ("growth", "gdp", "output", "economy"):
                    return "economy"
                return canonical(noun_phrase(child))
    return ""


def _previous_value(verb: Token | None) -> float | None:
    """ "revised ... down to 1.4% from 2.1%": the 2.1."""
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "revised the rate ... from 7.8%"
    for prep in [*verb.children, *(c for o in objects for c in o.children)]:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            nums = [t for t in prep.subtree if t.like_num]
            if nums:
                return parse_number([nums[0].text])
    return None


def _to_a_figure(sent: Span) -> bool:
    """ "reduce the posts to be cut to 2,000, from the 4,000 planned": a figure moved to
    another; the one it came from is the old one."""
    return any(
        t.lower_ == "to" and t.i + 1 < sent.end and t.nbor(1).like_num for t in sent
    )


def _change_verb(token: Token) -> bool:
    verb = governing_verb(token)
    return verb is not None and (
        lemma(verb) in lx.TALLY_VERBS or lx.VERB_MEASURES.get(lemma(verb)) == "change"
    )


def _let_in(verb: Token | None) -> bool:
    """ "admitted into the stadium", "admitted to the country": let in, not taken in for care."""
    return _admitted_to(verb, lx.ADMITTING_PLACES)


def _admitted_to(verb: Token | None, places: frozenset[str]) -> bool:
    """Whether those a verb counts were admitted to one of `places`, no place of care."""
    return verb is not None and lemma(verb) == "admit" and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            lemma(o) in places and not any(lemma(w) in lx.CARE_SITE_WORDS for w in o.subtree)
            for o in c.children if o.dep_ == "pobj"
        )
        for c in verb.children
    )


def _of_whom(nobody: Token) -> Token | None:
    """Whom "none of the villagers", "no one from the peaceful residents" is of."""
    whole = (o for p in ("of", "from", "among") for o in _objects_of(nobody, p))
    people = (o for o in whole if lemma(o) in lx.PERSON_NOUNS)
    return next(people, None)


# Whom "none ... released" counts: people, not suspects on bail ("none of its workers").
FREEABLE = lx.PERSON_NOUNS - lx.SUSPECT_NOUNS
# The words of a cap a capacity is told with: "a maximum of 35", "up to 150".
CAPACITY_CAP = re.compile(r"(?:a maximum of|at most|no more than|not more than|up to|as many as)\b", re.I)
# Acts of freeing people, by the count each is told with: "none released" meets "three released".
FREED_ACTS = {"release": "released", "free": "released", "liberate": "released", "rescue": "rescued"}
# Words of a count made again and again: "each bus transported 50 daily".
EVERY_SO_OFTEN = frozenset(["daily", "weekly", "monthly", "annually", "yearly"])


def _one_trip(verb: Token) -> bool:
    """ "the bus transported 38 passengers": one vessel on one trip (not "its buses", "each bus",
    "daily", "last year")."""
    craft = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        craft is not None
        and craft.tag_ == "NN"
        and any(d.lower_ == "the" for d in craft.children)
        and not any(t.ent_type_ == "DATE" or t.lower_ in EVERY_SO_OFTEN for t in verb.subtree)
    )


def _carried_by(verb: Token | None) -> bool:
    """ "taken by bus", "by boat": carried somewhere in a vehicle, not seized."""
    return verb is not None and any(
        c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(
            o.dep_ == "pobj" and lemma(o) in lx.CONVOY_VEHICLES | lx.VESSELS for o in c.children
        )
        for c in verb.children
    )


def _taken_for_care(verb: Token | None) -> bool:
    """ "were taken to hospital", "taken to a clinic": hurt, not captured."""
    return verb is not None and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(lemma(o) in lx.CARE_PLACES for o in c.children)
        for c in verb.children
    )


def _why_it_rose(anchor: Token) -> bool:
    """ "the toll rose to 19 after the recovery of two bodies", "has risen to 57 after 15 of
    the wounded died": the dead a risen toll is put down to are added to it; they are no toll
    of their own. (Not other figures in the reason: "rose to 19 after the attack, in which 40
    were wounded"; "hit the market after 12 had been killed".)"""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    of_bodies = _is_remains(noun) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and _is_remains(noun.head.head)
    )
    died = lemma(anchor.head) in ("die", "succumb") or lemma(noun.head) in ("die", "succumb")
    if not (of_bodies or died):
        return False
    for tok in (anchor, *anchor.ancestors):
        # "after the recovery of ..." (a preposition) or "after 15 ... died" (a clause's mark):
        # either way the verb over `tok` is what rose
        if (tok.lower_ == "after" and tok.dep_ == "prep") or any(
            c.lower_ == "after" and c.dep_ == "mark" for c in tok.children
        ):
            return _risen_to(tok.head)
        if tok.dep_ in ("ccomp", "relcl", "ROOT"):
            return False  # past the clause the figure is in
    return False


def _risen_to(verb: Token) -> bool:
    """ "rose to 19", "has risen to 57", "raised the toll to 17": a total said to stand higher."""
    return _tally_verb(verb) and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _brought_to(anchor: Token) -> bool:
    """ "bringing the number of people evacuated to about 900", "taking the toll to 31": a running
    total brought up to the figure (whatever verb the counted people have)."""
    to = anchor.head
    while to.dep_ in ("quantmod", "nummod", "compound") and to.head is not to:
        to = to.head  # (the figure's words: "about 900")
    to = to.head if to.dep_ == "pobj" else to
    if to.lower_ != "to" or to.dep_ not in ("prep", "dative"):
        return False
    held = to.head
    if held.dep_ == "acl":  # "the number of people evacuated to about 900", as parsed
        held = held.head
    if held.pos_ == "NOUN":
        total, verb = held, held.head
    else:
        verb = held
        total = next((c for c in verb.children if c.dep_ == "dobj"), verb)
    counted = lemma(total) in lx.FIGURE_NOUNS and total.dep_ == "dobj"
    corrected = any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)  # "to 31 from 40"
    return counted and not corrected and lemma(verb) in ("bring", "take", "push")  # (not "taken to 40 towns")


# The act of a count of things damaged or destroyed, told as one.
DAMAGED_OR_DESTROYED = "damage or destroy"


def _damaged_or_destroyed(verb: Token) -> bool:
    """ "damaged or destroyed 1,200 homes", "homes destroyed or damaged": two acts joined by
    "or", counted together."""
    first = verb.head if verb.dep_ == "conj" else verb
    joined = {lemma(first), *(lemma(c) for c in first.children if c.dep_ == "conj")}
    said_or = any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children)
    return said_or and {"damage", "destroy"} <= joined and lemma(verb) in ("damage", "destroy")


def _so_many_by_now(verb: Token | None, measure: str) -> bool:
    """ "Nine miners have now died", "2,700 have now been evacuated": the toll has grown to this (not
    "nine died", "will now face trial"; nor "police have now arrested 60", "they have now
    killed 150 soldiers", one side's count of its deeds, or a count told against another's)."""
    if verb is None or measure not in ("deaths", "injured", "displaced", "casualties", "cases"):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children):
        return False
    if lemma(verb) != "die" and not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if lx.SAYS_DISPUTED.search(text_of(verb.sent)) or lx.REJECTING_WORDS.search(text_of(verb.sent)):
        return False
    return any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children)


def _tally_verb(verb: Token | None) -> bool:
    """ "rose to 35", "climbed to", "its count had reached 31": a running total was updated."""
    if verb is None or lemma(verb) not in lx.TALLY_VERBS:
        return False
    if lemma(verb) in ("reach", "hit"):  # "had reached 31"
        if any(c.dep_ == "auxpass" for c in verb.children):
            return False  # "three protesters were hit in the head": struck, no count
        # (not "rescuers fought to reach four miners": people reached, no count)
        people = any(c.dep_ == "dobj" and lemma(c) in lx.PERSON_NOUNS for c in verb.children)
        return not people or any(c.dep_ == "nsubj" and lemma(c) in lx.FIGURE_NOUNS for c in verb.children)
    if lemma(verb) in ("raise", "push", "lift") and not any(
        c.dep_ == "dobj" and lemma(c) in lx.FIGURE_NOUNS for c in verb.children
    ):
        return False  # "raising the toll to four", not "raised its rate to 42%"
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


# ---- acts and negation --------------------------------------------------------------------


NO_EVIDENCE_NOUNS = frozenset(["evidence", "sign", "indication", "proof", "trace"])


def _without_evidence(word: Token) -> list[Token]:
    """The clauses "no evidence" is had of: "there was no evidence that anyone had died",
    "(found) no sign that the dam had burst"; [] if none."""
    held = ("attr", "nsubj", "dobj")
    nouns = [word] if word.dep_ == "dobj" else [c for c in word.children if c.dep_ in held]
    return [
        clause
        for noun in nouns
        if lemma(noun) in NO_EVIDENCE_NOUNS and any(d.lower_ == "no" for d in noun.children)
        for clause in noun.children
        if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX")
    ]


def _in_hospital(noun: Token, verb: Token | None) -> bool:
    """ "we have 27 people in hospital", "27 people were in hospital", "12 people needed hospital
    treatment": the hurt, counted by where they are or what they needed (not "300 doctors work
    in hospital")."""
    if verb is not None and lemma(verb) not in ("be", "have", "remain", "stay", "lie", "need", "require"):
        return False
    own = [h for h in (noun, verb) if h is not None]
    placed = [o for h in own for p in h.children if p.dep_ == "prep" for o in p.children]
    if any(p.dep_ == "prep" and p.lower_ in ("with", "for") for h in own + placed for p in h.children):
        return False  # "5,000 were in hospital with COVID-19", "for elective surgery": the ill
    if any(lemma(o) == "hospital" and o.head.lower_ == "in" for o in placed):
        return True
    return verb is not None and lemma(verb) in ("need", "require") and any(
        c.dep_ == "dobj"
        and (lemma(c) in ("hospitalisation", "hospitalization") or lemma(c) in ("treatment", "care")
             and any(lemma(m) == "hospital" for m in c.children))  # not "need humanitarian care"
        for c in verb.children
    )


def _not_known_of(verb: Token) -> bool:
    """ "had not been informed of any plans to close the plant", "was not aware of any plan to
    shut it": what the speaker does not know of, which it neither asserts nor denies."""
    for above in verb.ancestors:
        if lemma(above) in lx.KNOWING_WORDS:
            # ("was not aware": the "not" is the be's)
            holder = above.head if above.dep_ == "acomp" else above
            return any(c.dep_ == "neg" for c in (*above.children, *holder.children))
    return False


def _sought_care(verb: Token) -> bool:
    """ "sought medical help", "needed medical treatment": hurt, counted by the care they sought
    (not "received medical care": those seen at the scene, a wider count than the injured)."""
    if lemma(verb) not in ("seek", "need", "require") or with_a_modal(verb) or _negated(verb):
        return False  # (not "might need medical help", "did not need")
    if "hunger strike" in text_of(verb.sent).lower():
        return False  # (hunger strikers weakened)
    return any(
        c.dep_ == "dobj"
        and lemma(c) in ("help", "treatment", "care", "attention", "assistance")
        and any(lemma(m) in ("medical", "hospital") for m in c.children)
        for c in verb.children
    )


def _what_evidence_shows(verb: Token) -> list[Token]:
    """ "measurements show that styrene entered the river": what the evidence shows is what the
    speaker says happened."""
    if any(c.tag_ == "MD" for c in verb.children) or _negated(verb):
        return []  # (not "did not show that", "the video would show that")
    # ("the preliminary information is that the vehicle suffered a brake failure")
    told = lemma(verb) == "be" and any(c.dep_ == "nsubj" and lemma(c) in FINDING_NOUNS for c in verb.children)
    if lemma(verb) not in lx.EVIDENCE_VERBS and not told:
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
            and (not told or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]


# What a speaker's knowledge is called: "the information is that ...", "our finding is that ...".
FINDING_NOUNS = frozenset("information finding conclusion indication understanding assessment".split())


def _acts(
    sent: Span, frames: list[Frame], disease_told: bool = False
) -> Iterable[tuple[Frame | None, Token]]:
    """Verbs that carry an act: content clauses of reporting verbs, and negated verbs.
    `disease_told`: the report names a disease (its bare "outbreak" is that disease's)."""
    seen: set[int] = set()
    # ("police said 6,000 people marched, and denied using tear gas": a verb joined to the clause
    # said that reports on its own is its own frame's, not a thing the first frame says)
    tellings = {f.verb.i for f in frames}
    for frame in frames:
        if not sent.start <= frame.verb.i < sent.end:
            # a quotation's reporting verb in a later sentence: this whole sentence is said
            joined = [c for c in sent.root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            for verb in [sent.root, *joined]:
                if verb.pos_ in ("VERB", "AUX") and verb.i not in seen:
                    seen.add(verb.i)
                    yield frame, verb
            continue
        for child in frame.verb.children:
            if child.dep_ in ("ccomp", "xcomp", "parataxis") and child.pos_ in ("VERB", "AUX"):
                for verb in [
                    child,
                    *[c for c in child.children
                      if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in tellings],
                    # a comma splice in a quotation: "the gates were locked, we were banging"
                    *[
                        c for c in child.children
                        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i < child.i
                        and lemma(child) not in lx.REPORT_VERBS
                    ],
                ]:
                    if verb.i not in seen:
                        seen.add(verb.i)
                        yield frame, verb
                    for shown in _what_evidence_shows(verb):  # "tests showed that styrene entered"
                        if shown.i not in seen:
                            seen.add(shown.i)
                            yield frame, shown
                    for attack in _attack_that_caused(verb):
                        if attack.i not in seen:
                            seen.add(attack.i)
                            yield frame, attack
        # "according to the army, the rebels burned the school": the clause it hangs on is said
        clause = frame.verb.head if _according_to_a_teller(frame.verb) else None
        if clause is not None and clause.i not in seen and clause.i != frame.verb.i and (
            clause.pos_ in ("VERB", "AUX") and clause.dep_ not in ("relcl", "acl") and not _hedged(clause)
        ):
            seen.add(clause.i)
            yield frame, clause
        # "denied a report that it planned to cut ...": the report's content.
        if frame.denial:
            for child in frame.verb.children:
                if child.dep_ == "dobj":
                    for sub in child.children:
                        if sub.dep_ in ("acl", "relcl", "ccomp") and sub.i not in seen:
                            seen.add(sub.i)
                            yield frame, sub
        # "said there was no evidence that anyone had died": the speaker denies the clause
        for child in frame.verb.children:
            if child.dep_ in ("ccomp", "dobj"):
                for sub in _without_evidence(child):
                    if sub.i not in seen:
                        seen.add(sub.i)
                        yield replace(frame, denial=True), sub
        # "residents reported a loud explosion": what was seen or heard happened
        witnessed = not frame.denial and lemma(frame.verb) in lx.WITNESS_VERBS
        # (or denied: "denied the use of tear gas"; and "documented the use of pepper spray")
        used = any(c.dep_ == "dobj" and _use_of(c) is not None for c in frame.verb.children)
        if (witnessed and _occurred(frame.verb) is not None or used) and frame.verb.i not in seen:
            seen.add(frame.verb.i)
            yield frame, frame.verb
        # "the ministry confirmed an outbreak of Marburg", "a leak": what it declared is there
        declared = any(c.dep_ == "dobj" and _declared(frame.verb, c, disease_told)
                       for c in frame.verb.children)
        if declared and frame.verb.i not in seen:
            seen.add(frame.verb.i)
            yield frame, frame.verb
    for tok in sent:
        told = _negated(tok) or _fired_at_a_crowd(tok) or _has_no_plans(tok) or _there_is_none(tok)
        told = told or _seen_firing(tok) is not None or _force_crossed_over(tok)
        # ("our observers documented the use of pepper spray by gendarmes": it was used)
        told = told or lemma(tok) in USE_TOLD_VERBS and any(c.dep_ == "dobj" and _use_of(c) is not None
                                                           for c in tok.children)
        if tok.pos_ in ("VERB", "AUX") and tok.i not in seen and told:
            # (the report's own "police fired tear gas to disperse them": what police deny)
            seen.add(tok.i)
            yield frame_for(tok, frames), tok


def _counts_after_today(number: Token) -> bool:
    """ "Today 29 miners are still unaccounted for": a count the model ran into the day before
    it ("Today 29" tagged a date), as it counts the people named after it."""
    day = number.doc[number.i - 1] if number.i > number.sent.start else None
    return (
        day is not None and day.lower_ in ("today", "tonight", "yesterday") and day.ent_type_ == "DATE"
        # ("29 miners", "29 of our comrades")
        and (number.dep_ == "nummod" and number.head.pos_ == "NOUN" and number.head.ent_type_ != "DATE"
             or number.dep_ in ("nsubj", "nsubjpass"))
    )


# What of another's a teller sets its count against (not "questioned a total of 53 protesters").
CONTESTED_FIGURES = frozenset(["figure", "count", "toll", "estimate", "tally", "claim"])
# Verbs that set a teller's count against another's: "contradicting the police figure of 53".
CONTRADICTING_VERBS = frozenset(["contradict", "dispute", "challenge", "question"])


def _figure_contradicted(number: Token) -> bool:
    """ "81 are missing, contradicting the police figure of 53": the other's figure, named to be
    set against (not "the figure of 53 was confirmed")."""
    of = number.head if number.dep_ == "pobj" else None
    if of is None and number.dep_ == "nummod" and number.head.dep_ == "pobj":
        of = number.head.head  # ("the police figure of 53 students")
    if of is None or of.lower_ != "of" or of.dep_ != "prep":
        return False
    figure = of.head
    return (
        lemma(figure) in CONTESTED_FIGURES and figure.dep_ == "dobj"
        and lemma(figure.head) in CONTRADICTING_VERBS and not _negated(figure.head)
    )


def _died_of_wounds(verb: Token | None) -> bool:
    """ "two soldiers wounded in the fighting had died of their injuries", "succumbed to their
    wounds": some of the dead, those who died later (the toll counts them with the others)."""
    if verb is None or lemma(verb) not in ("die", "succumb"):
        return False
    causes = _objects_of(verb, "of") + _objects_of(verb, "from") + _objects_of(verb, "to")
    return any(lemma(o) in WOUNDS for o in causes)


def _a_range_of_people(number: Token) -> bool:
    """ "buried between 30 and 35 victims": a range of people the model tagged a date (as it
    would "between 30 and 35" alone, an age or the days of a month)."""
    return (
        number.dep_ == "nummod" and number.i > number.sent.start and number.nbor(-1).lower_ == "between"
        and number.head.tag_ == "NNS" and number.head.ent_type_ != "DATE"
        and (lemma(number.head) in lx.PERSON_NOUNS or lemma(number.head) in lx.MILITARY_NOUNS)
    )


def _according_to_a_teller(according: Token) -> bool:
    """ "According to the army, ...", "..., according to the army": a source set off by a comma
    (not "postponed according to a decree", "set according to demand"), that tells (not "the
    latest polls", "the forecast", "legend")."""
    if according.lower_ != "according":
        return False
    doc = according.doc
    set_off = according.i == according.sent.start or doc[according.i - 1].text == ","
    told_by = [o for p in according.children for o in p.children if o.dep_ == "pobj"]
    return set_off and not any(lemma(o) in lx.NOT_TELLERS for o in told_by)


def _hedged(verb: Token) -> bool:
    """ "the rebels might attack", "would attack if the ceasefire collapsed", "may have used":
    what may be, not what was done (nor a plan's "will")."""
    return any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ != "will" or c.dep_ == "mark" and c.lower_ == "if"
        for c in (*verb.children, *(g for a in verb.children if a.dep_ == "advcl" for g in a.children))
    )


def _loss_of_life(loss: Token) -> bool:
    """ "there was no loss of life": no one killed."""
    ofs = [p for p in loss.children if p.dep_ == "prep" and p.lower_ == "of"]
    return lemma(loss) == "loss" and any(lemma(o) == "life" for p in ofs for o in p.children)


def _there_is_none(verb: Token) -> bool:
    """ "There is no loss in the ranks of the FAMa", "there were no casualties": the report's
    own word that none were hurt, killed or held (the "no" hangs on what there was, not on the
    verb; not "there is no doubt", "no independent body", "there are no more bodies", nor "the
    information that there were no deaths", a clause on a noun)."""
    there = any(c.dep_ == "expl" for c in verb.children)
    if lemma(verb) != "be" or verb.dep_ in ("acl", "relcl", "advcl") or not there:
        return False
    # (not "there should be no casualties if", "there will be no arrests", "even if there are")
    if any(c.dep_ == "mark" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # (the model tags "will" MD)
    return any(
        c.dep_ == "attr" and _negated(c)
        and (lx.NOUN_MEASURES.get(lemma(c)) in lx.HARM_TOLLS and lemma(c) not in ("body", "life")
             or _losses_among_fighters(c) or _loss_of_life(c))
        and not any(m.lower_ in ("more", "further", "other", "additional", "new") for m in c.children)
        for c in verb.children
    )


def _paid_as_ransom(money: Token, verb: Token, abduction: bool) -> bool:
    """Whether money named by a coin was paid as a ransom: "not a single kobo was paid as
    ransom", "... was paid to the kidnappers" (the first "as" or "to the captors" decides), or,
    in a report of an abduction, "not a single centavo was paid" told with no other end."""
    if lemma(money) not in lx.MONEY_WORDS:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for prep in preps:
        for paid_to in (o for o in prep.children if o.dep_ == "pobj"):
            # (not "paid to the criminals" who extort a shop: an abduction's criminals)
            captors = lemma(paid_to) in lx.CAPTOR_NOUNS and (abduction or lemma(paid_to) != "criminal")
            if prep.lower_ == "to" and captors:
                return True
            if prep.lower_ == "as":
                return lemma(paid_to) == "ransom"
    paid = verb_key(lemma(verb)) == "pay"
    # (not "not a single cedi of the promised compensation": money for something named)
    named_for = any(c.dep_ == "prep" for c in money.children)
    single = any(c.lower_ == "single" for c in money.children)
    return abduction and paid and not preps and not named_for and single


# Nouns of a freeing, and of the whole of those freed ("the liberation of the totality of the
# hostages").
FREEING_NOUNS = frozenset(["liberation", "release", "freeing"])
FREEING_DONE_VERBS = frozenset(
    "permit allow enable lead result secure obtain achieve complete confirm announce".split()
)
WHOLE_WORDS = frozenset(["totality", "entirety", "all"])


def _all_freed(verb: Token) -> bool:
    """ "All hostages have been freed", "all the students were released" (not "not all the
    students", "all ... except three", "all suspects were released on bail", nor passengers
    rescued from a river: a rescue frees captives only)."""
    # ("all of the hostages are free"; not "free to leave", "free of charge")
    free = lemma(verb) == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "free" and not any(d.dep_ in ("xcomp", "prep") for d in c.children)
        # ("all of them were now home with their families"; not "were home for the holidays when
        # the gunmen stormed the village")
        or c.dep_ in ("advmod", "npadvmod", "acomp") and c.lower_ == "home"
        and any(d.lower_ in ("now", "back", "safely") for d in verb.children)
        for c in verb.children
    )
    if not (lemma(verb) in lx.FREEING_VERBS or free) or _negated(verb) or free and with_a_modal(verb):
        return False  # (not "all of the hostages should be free soon")
    if lx.EXCEPTING.search(text_of(verb.sent)):
        return False
    def captives(c: Token) -> bool:
        taken = any(d.lower_ in lx.ABDUCTED_WORDS for d in c.children)  # "all the abducted students"
        return lemma(c) in lx.HELD_NOUNS | {"victim"} or taken or lemma(verb) != "rescue" and (
            lemma(c) in lx.TAKEN_NOUNS
        )

    def all_of(c: Token) -> Token | None:  # "all of the people kidnapped": all, of whom
        of = [o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
        return of[0] if c.lower_ == "all" and of else None

    # (and what frees them: "soldiers had freed all the people abducted from the village")
    subjects = ("nsubj",) if free else ("nsubjpass", "dobj")
    # ("them": those taken, when the sentence or the one before names them)
    told = [verb.sent, verb.doc[verb.sent.start - 1].sent] if verb.sent.start > 0 else [verb.sent]
    taken_told = any(t.lower_ in lx.ABDUCTED_WORDS or lemma(t) in lx.HELD_NOUNS for s in told for t in s)
    # (not "all of the hostages who were released on Friday are free": those freed, well)
    some = free and any(d.dep_ == "relcl" for c in verb.children for w in c.subtree for d in w.children)
    # (what frees "all the children" may leave the teachers held: freeing names all captives
    # only by a word for all of them, "all the hostages", "all the people abducted")
    def every_captive(c: Token) -> bool:
        return c.dep_ != "dobj" or lemma(c) in EVERY_CAPTIVE_NOUNS
    still_held = any(lemma(t) == "hold" and any(d.lower_ == "still" for d in t.children) for t in verb.sent)
    return not some and not still_held and any(
        c.dep_ in subjects and not any(d.dep_ == "neg" for d in c.subtree) and every_captive(c) and (
            captives(c) and any(d.lower_ == "all" for d in c.children)
            # ("the number of people abducted had been 23 ... and all of them were now free": of
            # those taken, when the sentence names them; not "Fifteen escaped. All of them are free")
            or (whom := all_of(c)) is not None
            and (captives(whom) or _kidnapped(whom) or whom.lower_ == "them" and taken_told)
        )
        for c in verb.children
    )


# Words for all of an abduction's captives, whoever they are: "freed all the hostages".
EVERY_CAPTIVE_NOUNS = frozenset("hostage captive abductee people person victim".split())


def _came_home(measure: str, verb: Token | None) -> bool:
    """ "only 16 of our people came home", "returned home", "fifteen hostages returned to
    Mokolo": free again, after an abduction."""
    if verb is None or measure not in ("come|people", "return|people", "arrive|people", "captured"):
        return False
    hostages = measure == "captured" and lemma(verb) in ("come", "return", "arrive") and any(
        c.dep_ == "nsubj" and lemma(c) in CAPTIVE_NOUNS for c in verb.children
    )
    if measure == "captured" and not hostages:
        return False  # (not "gunmen came and took 40 people")
    # ("came back": home again; "back" a particle or an adverb; hostages back in a town)
    homes = [c for c in verb.children if c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj")
             or c.lower_ == "back" and c.dep_ in ("advmod", "prt")
             or hostages and c.lower_ == "to" and any(o.pos_ == "PROPN" for o in c.children)]
    # (not "came home from hospital", "from the front")
    whence = {lemma(o) for t in (verb, *homes) for o in _objects_of(t, "from")}
    who = _counted_subject(verb)
    # (not "300 soldiers came home", "displaced families returned home")
    taken = who is None or lemma(who) in CAPTIVE_NOUNS | {"people", "person"}
    # ("35 of them came back", of those taken; not of villagers who "fled into the bush")
    fled = any(lemma(t) == "flee" for t in verb.doc[: verb.i])
    taken = taken or who is not None and who.lower_ in ("them", "us") and not fled
    # (not "came back to work", "to base": back at a place of their own)
    whither = {lemma(o) for t in (verb, *homes) for o in _objects_of(t, "to")}
    return bool(homes) and not whence & lx.NOT_CAPTIVITY and not whither & NOT_HOME and taken


def _drove_it(noun: Token) -> bool:
    """ "only one driver had been on the bus": who drove or steered (not "two drivers and 40
    passengers were on the bus", one count of all aboard; nor "12 truck drivers were aboard the
    ferry", who rode)."""
    joined = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
    kind = any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" for c in noun.children)
    return lemma(noun) in lx.DRIVING_ROLES and not joined and not kind


def _still_held(anchor: Token) -> bool:
    """ "19 of the people abducted were still being held": a count of those held now."""
    if anchor.dep_ in ("det", "poss"):
        anchor = anchor.head  # "the hostages are still being held" (_some_still_held)
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # (the parser may give the 19 to "abducted" and leave "were still being held" subjectless)
    verbs = [anchor.head] + [
        t for t in anchor.sent
        if t.i > anchor.head.i and t.dep_ in ("ccomp", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children
        )
    ]
    return any(lemma(v) in ("hold", "keep") and any(c.lower_ == "still" for c in v.children) for v in verbs)


def _either(verb: Token) -> bool:
    """ "all 41 are either dead, in hospital or at home", "12 were either dead or missing": each
    one of several states, no toll of any one."""
    return any(c.lower_ == "either" for t in (verb, *verb.children) for c in t.children)


# Those taken or held, whose coming back is freedom regained: "fifteen hostages returned".
CAPTIVE_NOUNS = lx.TAKEN_NOUNS | lx.HELD_NOUNS
# Where people come back to that is no freedom regained: "came back to work", "to base".
NOT_HOME = frozenset("work base duty office job shift post".split())


def _has_no_plans(verb: Token) -> bool:
    """ "Boucan Knitwear has no plans to reduce its workforce", told without a speaker: the
    company's plans, as the report states them (of cuts or closures; not "he has no plans to
    retire")."""
    if lemma(verb) != "have" or verb.tag_ not in ("VBZ", "VBP") or "until" in {t.lower_ for t in verb.sent}:
        return False  # ("had no plans to cut jobs until orders collapsed": it has now)
    owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (the company's own, not a mayor's or a government's plans for its jobs)
    company = owner is not None and (
        owner.ent_type_ == "ORG" or lemma(owner) in lx.COMPANY_WORDS
        or owner.pos_ == "PROPN" and owner.ent_type_ not in ("PERSON", "GPE", "NORP", "LOC")
    )
    if not company or owner is None or lemma(owner) in lx.PUBLIC_BODY_WORDS:
        return False
    for plans in verb.children:
        denied = any(d.lower_ == "no" for d in plans.children)
        if plans.dep_ == "dobj" and lemma(plans) in lx.PLAN_NOUNS and denied:
            planned = _planned_act(verb, plans)
            return planned is not None and _object_measure(*planned) in lx.ORG_MEASURES
    return False


def _fired_at_a_crowd(verb: Token) -> bool:
    """ "police fired tear gas", "troops used rubber bullets and water cannon": a force's
    means of dispersing a crowd (not "gunmen fired live rounds at the bus")."""
    if not any(c.dep_ == "dobj" and (_crowd_weapon(c) or _held_weapon(c)) for c in verb.children):
        return False  # most verbs: asked of every verb in every sentence (_acts)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.tag_ == "VBG":
        if verb.dep_ == "acl":
            doers = [verb.head]  # "police using a water cannon"
        else:  # "accused officers of firing rubber bullets": whom the clause tells of
            holder = verb.head.head if verb.head.dep_ == "prep" else verb.head
            doers = [c for c in holder.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    return any(lemma(d) in lx.CROWD_FORCES for d in doers)


def _seen_firing(verb: Token) -> tuple[str, str] | None:
    """Who a witness saw fire a crowd weapon, and the weapon, where the model read the whole as
    one noun: "saw police fire tear gas at marchers" ([police fire tear gas], the object of
    "saw") -> ("police", "gas")."""
    if lemma(verb) not in lx.WITNESS_VERBS or _negated(verb):
        return None  # (not "did not see police fire tear gas": no denial, nor a sighting)
    for seen in (c for c in verb.children if c.dep_ == "dobj"):
        # ("saw police fire canisters of tear gas into the crowd": what the canisters held; "a
        # dozen tear-gas canisters": what they are of)
        held = _held_weapon(seen)
        if held is not None:
            weapon = held  # ("rounds of rubber bullets": the bullets)
        elif _crowd_weapon(seen):
            weapon = seen
        else:
            continue
        # (who fired, between the seeing and what was seen, however the model hangs it: "saw
        # police fire at least a dozen tear-gas canisters", its "police fire" a clause of its own)
        between = list(verb.doc[verb.i + 1 : seen.i])
        fired = next((i for i, t in enumerate(between) if t.lower_ in FIRING_WORDS), 0)
        doers = [lemma(t) for t in between[:fired] if lemma(t) in lx.CROWD_FORCES]
        if not doers:
            continue
        if weapon is not seen:
            what = _thing(weapon)  # ("tear gas", "rubber bullet")
            return lx.AGENT_NAMES.get(doers[0], doers[0]), lx.THING_CANON.get(what, what)
        # ([police fire tear gas] read as one noun: the words after "fire" name what was fired)
        words = [t for t in seen.subtree if t.i <= seen.i]
        after = next((i for i, t in enumerate(words) if t.lower_ in FIRING_WORDS), 0)
        what = " ".join(t.lower_ for t in words[after + 1 :])  # ("tear gas")
        return lx.AGENT_NAMES.get(doers[0], doers[0]), lx.THING_CANON.get(what, lemma(weapon))
    return None


# The words a witness tells the firing by: "saw police fire tear gas", "using rubber bullets".
FIRING_WORDS = frozenset(["fire", "firing", "use", "using"])


def _held_weapon(shell: Token) -> Token | None:
    """The crowd weapon a canister or a round holds: "canisters of tear gas", "a dozen tear-gas
    canisters", "rounds of rubber bullets"; None for anything else."""
    if lemma(shell) not in lx.CANISTER_NOUNS:
        return None
    held = next((o for o in _objects_of(shell, "of") if _crowd_weapon(o)), None)
    return held or next((c for c in shell.children if c.dep_ == "compound" and _crowd_weapon(c)), None)


def _crowd_weapon(thing: Token) -> bool:
    """ "tear gas", "water cannon", "stun grenades", "pepper spray", "rubber bullets"."""
    word = lemma(thing)
    if word in ("bullet", "round"):
        return any(m.lower_ in lx.LESS_LETHAL_WORDS for m in thing.lefts)
    return word in ("gas", "cannon", "grenade", "spray", "pellet")


def _attack_that_caused(verb: Token) -> list[Token]:
    """The attack a toll is told with: "43 were killed when the RSF shelled a market",
    "killed after a drone struck the market" say the market was shelled or struck."""
    if lemma(verb) not in lx.PEOPLE_VERBS:
        return []
    return [
        c for c in verb.children
        if c.dep_ == "advcl"
        and c.pos_ == "VERB"
        and verb_key(lemma(c)) == "attack"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in c.children)
    ]


NOBODY = frozenset(["nobody", "none", "nothing", "noone"])


def _after_but(first: Token) -> bool:
    """ "was not 61 percent but only 38 percent": the figure after "but" is asserted."""
    start = max(first.sent.start, first.i - 2)
    return any(t.lower_ == "but" for t in first.doc[start : first.i])


def _remains_handed_over(noun: Token | None, verb: Token | None) -> bool:
    """ "handed over the bodies of 1,000 servicemen", "repatriated the remains of 909",
    "received 1,000 bodies from Russia in the exchange": the dead of a war given back, neither
    people freed nor the toll of any event. (A morgue that "received 34 bodies" counts a
    toll: receiving is a handover only in a sentence about an exchange.)"""
    if noun is None or verb is None:
        return False
    remains = noun if _is_remains(noun) else noun.head if noun.head.lower_ == "of" else None
    if remains is not None and remains is not noun:
        remains = remains.head  # "the bodies of" <- of <- the number's noun
    if remains is None or not _is_remains(remains):
        return False
    if lemma(verb) in lx.RELEASE_VERBS | lx.HAND_OVER_VERBS:
        return True
    return lemma(verb) == "receive" and bool(lx.EXCHANGE_WORDS.search(text_of(verb.sent)))


def _the_bodies_of(noun: Token) -> bool:
    """ "the bodies of 38 miners have been recovered": the dead, counted by whom they were (the
    bodies handed over in an exchange are skipped before: `_remains_handed_over`)."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        return False
    remains = noun.head.head  # (what was done to the bodies: not "a sit-in with the bodies of two")
    # (not "the bodies of the two skiers were shifted", "of the two who had been missing": the
    # dead a report told of before)
    known = any(c.dep_ in ("det", "poss") and c.lower_ != "all" for c in noun.children)
    if not _is_remains(remains) or remains.dep_ not in ("nsubj", "nsubjpass", "dobj") or known:
        return False
    # a toll so far ("have been recovered since the collapse"), not the bodies one day or one
    # hospital took in ("recovered the bodies of four hikers on Friday", "had received the
    # bodies of six inmates"), some of the dead
    verb = remains.head
    if lemma(verb) not in lx.BODY_RECOVERY_VERBS | lx.CARRYING_VERBS or _negated(verb):
        return False  # (not bodies identified, buried or flown home, nor bodies not yet recovered)
    if _what_raised_it(verb) or _brings_a_toll_up(verb):
        return False  # "pulled the bodies of 12 people out, bringing the toll to 45": what it grew by
    so_far = any(t.lower_ == "since" or t.lower_ == "far" and t.nbor(-1).lower_ == "so" for t in verb.subtree)
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has") for c in verb.children)
    return bool(so_far or perfect)


def _who_did_it(anchor: Token) -> bool:
    """A count of those by whom a thing was done to others: "four members of the team had been
    seized by about 15 armed men", "abducted by some 30 gunmen" (the doers, not the done to)."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    agent = noun.head
    return noun.dep_ == "pobj" and agent.dep_ == "agent" and lemma(agent.head) in lx.HARM_AND_CAPTURE_VERBS


def _what_a_toll_grew_by(anchor: Token) -> bool:
    """ "Two workers ... died on Thursday and Friday, bringing the toll to 13": the people whose
    harm the clause after adds to a running total, which counts them."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or lemma(verb) not in lx.HARM_DONE_VERBS:
        return False
    # (one event's toll: not "bringing to 40 the number killed this month", a period's, of
    # which the five of Sunday's attack are one event's toll)
    return any(
        c.dep_ == "advcl" and anchor not in c.subtree and _brings_a_toll_up(c)
        and any(lemma(t) == "toll" for t in c.subtree) and not any(t.ent_type_ == "DATE" for t in c.subtree)
        for c in verb.children
    )


def _brings_a_toll_up(verb: Token) -> bool:
    """ "pulled the bodies of 12 people out, bringing the toll to 45" (or "raising it to 45"):
    a running total the verb's clause takes to another figure (`_brought_to`, `_risen_to`)."""
    return any(
        t.like_num
        and (_brought_to(t) or t.dep_ == "pobj" and t.head.lower_ == "to" and _risen_to(t.head.head))
        for t in verb.subtree
    )


def _is_remains(noun: Token) -> bool:
    # the model lemmatises "remains" to "remain"
    return lemma(noun) in lx.REMAINS_NOUNS or noun.lower_ == "remains"


def _released(verb: Token, noun: Token) -> bool:
    """ "released 110 prisoners", "handed over 103 prisoners", "95 servicemen returned home",
    "brought home 146 servicemen":
    people freed, as in a prisoner exchange."""
    # "139 Ukrainians came home": a people's name counts its people
    demonym = noun.pos_ in ("NOUN", "PROPN") and bool(country_in([noun.lower_]))
    if lemma(noun) not in lx.PERSON_NOUNS and not demonym:
        return False
    if lemma(verb) in lx.RELEASE_VERBS:
        return True
    if lemma(verb) == "receive":  # "the Ukrainian side received 115 prisoners"
        return lemma(noun) in lx.HELD_NOUNS
    held = demonym or lemma(noun) in lx.MILITARY_NOUNS | lx.HELD_NOUNS
    if lemma(verb) not in ("return", "come", "bring") or not held:
        return False
    # "returned home", "returned from captivity" ("home" may hang on the number),
    # "103 servicemen had been returned"
    near = [t for t in verb.subtree if abs(t.i - verb.i) <= 6]
    passive = lemma(verb) == "return" and any(c.dep_ == "auxpass" for c in verb.children)
    return passive or any(t.lower_ in ("home", "captivity") for t in near)


def _freed_by_force(verb: Token) -> bool:
    """ "troops freed them", "they were freed" (by whom unsaid): rescued; not "the gunmen
    freed them", whom their captors let go."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += _agents(verb)
    if not doers:
        return any(c.dep_ == "auxpass" for c in verb.children)
    return any(lemma(d) in lx.CROWD_FORCES | lx.FORCES_NOUNS for d in doers)


def _kidnapped(noun: Token) -> bool:
    """ "people who had been kidnapped", "the abducted passengers", "kidnap victims": held by
    kidnappers, whom forces rescue or captors free (not prisoners, swapped by states)."""
    told = [c for c in noun.children if c.dep_ in ("relcl", "acl", "amod", "compound")]
    return any(lemma(c) in lx.ABDUCTION_WORDS or c.lower_ in lx.ABDUCTION_WORDS for c in told)


def _nationality(noun: Token) -> str:
    """Whose people: "Russian soldiers" -> "russia"; a nationality the gazetteer does not
    know is kept as written ("Dravian prisoners" -> "dravian"). In an exchange it tells the
    two directions apart."""
    own = country_in([noun.lower_])  # "139 Ukrainians"
    if own:
        return own
    mods = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod", "poss")]
    # "prisoners of the Armed Forces of Ukraine"
    of = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"]
    country = country_in([t.lower_ for m in mods + of for t in m.subtree])
    if country:
        return country
    # capitalised as a name, not as a sentence's first word ("New prisoners were freed")
    named = [m for m in mods if m.dep_ in ("amod", "compound") and m.text[:1].isupper()]
    named = [m for m in named if m.i != m.sent.start]
    return named[0].lower_ if named else ""


def _under_rubble(noun: Token, verb: Token | None) -> bool:
    """ "dozens of people under the debris", "20 people are still under the wreckage": trapped
    (not "the bodies pulled from under the rubble", counted by what was done to them)."""
    if verb is not None and lemma(verb) not in ("be", "remain", "lie", "stay"):
        return False  # "twelve people under the rubble were pulled out alive": rescued
    held_by = [noun, *([verb] if verb is not None else [])]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "dozens of people"
        held_by.append(noun.head.head)
    if any(c.lower_ in ("dead", "alive") for holder in held_by for c in holder.children):
        return False  # "40 people lie dead under the rubble": the dead
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("under", "beneath")
        and any(lemma(c) in lx.RUBBLE_NOUNS for c in prep.children if c.dep_ == "pobj")
        for holder in held_by
        for prep in holder.children
    )


NO_LONGER_WORDS = frozenset(["left", "anymore", "longer"])  # "no trapped miners left": all brought out


def _no_such_people(verb: Token) -> tuple[Token, str] | None:
    """ "We have no missing citizens", "there are no trapped miners": the people said to be none,
    and the measure of their state (not "we have no missing documents"; nor "no trapped miners
    left", after a rescue)."""
    if lemma(verb) not in ("have", "be") or any(t.lower_ in NO_LONGER_WORDS for t in verb.subtree):
        return None
    for held in verb.children:
        told = held.dep_ == "dobj" and lemma(verb) == "have" or _there_were(verb, held)
        if not told or lemma(held) not in PEOPLE_LIKE:
            continue
        if not any(d.dep_ == "det" and d.lower_ == "no" for d in held.children):
            continue
        states = [d.lower_ for d in held.children if d.dep_ == "amod" and d.lower_ in lx.ADJECTIVE_MEASURES]
        if states:
            return held, lx.ADJECTIVE_MEASURES[states[0]]
    return None


def _none_are(verb: Token) -> str:
    """The measure of "no one was missing", "nobody remained trapped", "all 46 people were
    accounted for"; "" if none."""
    if _all_accounted_for(verb):
        return "missing"
    # "no one was reported missing" (not "no one else", "none of its staff", "initially ...")
    reported = lemma(verb) in ("report", "list") and verb.tag_ == "VBN" and _plainly_no_one(verb)
    # ("no passenger is missing", the state read as a verb; "no commuters were stranded")
    a_state = verb.lower_ in lx.ADJECTIVE_MEASURES and any(
        c.dep_ in ("aux", "auxpass") and lemma(c) == "be" for c in verb.children
    ) and not any(c.dep_ in ("prt", "dobj") for c in verb.children)  # ("missing out on aid")
    if lemma(verb) not in ("be", "remain") and not reported and not a_state:
        return ""
    state = verb if a_state else next(
        (c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ in lx.ADJECTIVE_MEASURES), None
    )
    nobody = any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NOBODY or _says_none(c))  # "no one", "no miners"
        # (not "no documents are missing")
        and (not a_state or c.lower_ in NOBODY or lemma(c) in PEOPLE_LIKE | OUT_AND_ABOUT)
        for c in verb.children
    )
    return lx.ADJECTIVE_MEASURES[state.lower_] if state is not None and nobody else ""


def _plainly_no_one(verb: Token) -> bool:
    """Whether `verb`'s subject is no one at all, said of no earlier moment: "no one was
    reported missing" (not "no one else", "none of its staff", "initially no one")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("one", "nobody", "noone"):
        return False
    if any(c.lower_ in ("else", "new", "other") or c.dep_ == "prep" for c in subject.children):
        return False
    return not TIMELINE_START.search(text_of(verb.sent))


# Words that tell a moment since overtaken: "initially no one was reported missing".
TIMELINE_START = re.compile(r"\b(?:initially|at first|earlier|at the time)\b", re.I)


def _state_after(token: Token) -> str:
    """The state word just after a count ("31 people dead", "eight missing"), if any."""
    for t in token.doc[token.i + 1 : min(token.i + 3, token.sent.end)]:
        if t.lower_ in lx.ADJECTIVE_MEASURES:
            return t.lower_
        if t.is_punct or t.dep_ == "cc":
            break
    return ""


def _all_accounted_for(verb: Token) -> bool:
    """ "all 46 people were accounted for", "everyone has been accounted for", "every worker who
    was in Section 3 has now been accounted for"."""
    if lemma(verb) != "account" or not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    if with_a_modal(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False  # "every worker will be accounted for by the morning", "not every worker has been"
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    return any(
        s.lower_ in ("everyone", "everybody", "all") or any(t.lower_ == "all" for t in s.subtree)
        or any(d.dep_ == "det" and d.lower_ == "every" for d in s.children)
        and not any(t.dep_ == "neg" or t.lower_ == "no" for t in s.subtree)  # ("not every worker")
        for s in subjects
    )


def _none_who(verb: Token) -> Token | None:
    """The subject of "no inmate escaped", "not a single migrant drowned", "nobody escaped",
    "no worker has been dismissed" (a verb that counts people and is no measure of its own);
    None otherwise."""
    if verb.pos_ != "VERB" or lemma(verb) in lx.LIGHT_VERBS or lemma(verb) in lx.VERB_MEASURES:
        return None
    passive = lemma(verb) in lx.DONE_TO_PEOPLE_VERBS and _happened(verb)
    nobody = _subject_saying_none(verb, ("nsubj", "nsubjpass") if passive else ("nsubj",), lx.PERSON_NOUNS)
    if nobody is not None and any(lemma(t) in lx.INCREMENT_WORDS for t in nobody.subtree):
        return None  # "no additional patients have been identified": none more, not none
    # (not "no additional casualties were identified": a count of its own, `_none_counted`)
    return None if nobody is not None and lemma(nobody) in lx.NOUN_MEASURES else nobody


def _no_craft_did(verb: Token) -> Token | None:
    """The subject of "no vessel was waiting at anchor", "not a single train ran": craft or
    services none of which did a thing (not "no ship will sail", said of what may be)."""
    if verb.pos_ != "VERB" or lemma(verb) in lx.LIGHT_VERBS or lemma(verb) in lx.REPORT_VERBS:
        return None
    if not _happened(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = _subject_saying_none(verb, ("nsubj",), lx.CRAFT)
    return subject if subject is not None and lemma(subject) in lx.CRAFT else None  # (not "nobody")


def _happened(verb: Token) -> bool:
    """Whether a clause tells what happened, not what should or may ("no worker would be
    dismissed", "demanded that no worker be dismissed", "if no worker is dismissed")."""
    return not any(
        c.tag_ == "MD" or c.tag_ == "VB" and c.dep_ == "auxpass" or c.dep_ == "mark" and c.lower_ == "if"
        for c in verb.children
    ) and lemma(verb.head) not in lx.INTENT_VERBS | lx.DEMAND_VERBS


def _subject_saying_none(verb: Token, deps: tuple[str, ...], people: frozenset[str]) -> Token | None:
    """The subject of `verb` that says none did it: "nobody", "no one", "no inmate", "not a
    single migrant" (the negation on the noun or on the verb), of `people`."""
    for c in verb.children:
        if c.dep_ not in deps:
            continue
        if c.lower_ in NOBODY and not _none_of_things(c) or c.lower_ == "one" and _says_none(c):
            return c
        single = _not_a_single(c) or "single" in {m.lower_ for m in c.children} and _negated(verb)
        if lemma(c) in people and (_says_none(c) or single):
            return c
    return None


def _none_of_things(none: Token) -> bool:
    """ "None of our washing plants will close": none of the works or premises, not no one
    (as "none of the occupants was captured" is)."""
    things = _of_what(none)
    return things is not None and lemma(things) in lx.WORKS_NOUNS | lx.STORE_NOUNS | lx.PREMISES_NOUNS


# Verbs by which the hurt and the dead are carried or taken in: their state says what is counted.
CARRYING_VERBS = frozenset(
    "receive bring carry take transport transfer airlift fly rush ferry evacuate admit treat".split()
)
CARRIED_STATES = frozenset(["injured", "wounded", "dead"])
CARRIED_PEOPLE = lx.PERSON_NOUNS | lx.MILITARY_NOUNS


def _carried_in_an_exchange_or_plan(verb: Token) -> bool:
    """ "received 95 wounded soldiers in the prisoner exchange" (prisoners returned), "will take
    50 injured children for treatment" (a plan): no one hurt in the event counted."""
    return any(lemma(t) in ("exchange", "swap") for t in verb.sent) or with_a_modal(verb)


def _carried_state(noun: Token) -> str:
    """The state the people carried are said to be in: "34 injured people" (injured)."""
    return next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in CARRIED_STATES), "")


def _hit_in_a_limb(verb: Token) -> bool:
    """ "shot in the leg", "hit in the arm": wounded (not "shot in the head", which often kills,
    nor "shot dead")."""
    # (a body's limb: "its investment arm", "the company's retail arm" are no one's)
    return lemma(verb) in ("shoot", "hit") and not any(
        c.dep_ in ("acomp", "oprd", "xcomp") for c in verb.children
    ) and any(
        p.dep_ == "prep" and p.lower_ == "in" and lemma(o) in lx.LIMBS
        and all(c.dep_ == "det" or c.lower_ in ("left", "right", "his", "her", "their") for c in o.children)
        for p in verb.children for o in p.children if o.dep_ == "pobj"
    )


def _fell_in_battle(verb: Token) -> bool:
    """ "fell in the fighting", "fell defending the town", "from our side, two soldiers fell on
    the field of honour"; not "fell ill", "fell back", "fell from a truck", "fell into the hands
    of the army"."""
    for c in verb.children:
        if c.dep_ in ("prt", "acomp", "oprd") or c.dep_ == "advmod" and c.lower_ in ("back", "behind"):
            return False
        whose_side = c.i < verb.i and any(_our_side(o) for o in c.children)  # (not "from the northern side")
        where = c.lower_ in ("in", "during", "at", "near", "on", "while", "with")
        if c.dep_ == "prep" and not where and not whose_side:
            return False
    return True


def _fell_in_action(verb: Token) -> bool:
    """ "no soldier fell in the fighting", "fell in combat": said of a battle (not "no soldier
    fell in the river", "fell during the march")."""
    return _fell_in_battle(verb) and any(
        p.dep_ == "prep" and p.lower_ in ("in", "during") and lemma(o) in lx.BATTLE_NOUNS
        for p in verb.children for o in p.children if o.dep_ == "pobj"
    )


def _prisoners_of_war(noun: Token | None) -> bool:
    """ "taking 14 prisoner", "146 prisoners of war", "POWs": fighters held by the other side
    (not a jail's inmates)."""
    if noun is None:
        return False
    if lemma(noun) == "pow":
        return True
    if lemma(noun) != "prisoner":
        return False
    # "took 14 prisoner", not "450 prisoners were taken to a new prison"
    taken = lemma(noun.head) == "take" and noun.dep_ not in ("nsubj", "nsubjpass")
    of = _of_what(noun)
    return taken or of is not None and lemma(of) == "war"


def _none_taken_captive(verb: Token) -> Token | None:
    """Who "no soldier was captured", "not a single serviceman was taken prisoner", "no
    members of the security forces had been captured", "no unit surrendered" say none of;
    None otherwise (not "no town was captured", nor "nothing was captured by the cameras")."""
    if lemma(verb) not in ("capture", "surrender") and not (
        lemma(verb) == "take" and any(lemma(c) in lx.CAPTIVE_NOUNS for c in verb.children)
    ):
        return None
    none = _subject_saying_none(verb, ("nsubj", "nsubjpass"), lx.PERSON_NOUNS | lx.CAPTIVE_GROUPS)
    if none is None or none.lower_ == "nothing":
        return None
    members = _of_what(none) if lemma(none) in ("member", "one") else None
    return members if members is not None else none  # "no members of the forces": the forces


def _taken_into_custody(verb: Token | None) -> bool:
    """ "were taken to Lusaka Central police station", "taken into custody": detained, not
    taken captive."""
    if verb is None or lemma(verb) not in ("take", "lead", "escort"):
        return False
    held = [*_objects_of(verb, "to"), *_objects_of(verb, "into")]
    return any(lemma(o) in lx.CUSTODY_PLACES or lemma(o) in ("station", "section") and any(
        lemma(c) == "police" for c in o.children) for o in held)


def _of_them(of: Token) -> bool:
    """ "of them", "of their supporters": of those just counted."""
    return any(o.lower_ in ("them", "those", "these") or any(c.dep_ == "poss" for c in o.children)
               for o in of.children if o.dep_ == "pobj")


def _walked_out_of(verb: Token) -> Token | None:
    """The talks of "walked out of Friday's talks", "stormed out of the meeting", "pulled out of
    the negotiations", "walked away from the talks"."""
    if lemma(verb) not in ("walk", "storm", "pull"):
        return None
    away = lemma(verb) == "walk" and any(c.lower_ == "away" for c in verb.children)
    word, leaving = ("away", "from") if away else ("out", "of")
    out = next((c for c in verb.children if c.lower_ == word and c.dep_ in ("prep", "prt", "advmod")), None)
    of = next((c for c in out.children if c.lower_ == leaving), None) if out is not None else None
    if of is None and out is not None:  # (or "of" hung on the verb)
        of = next((c for c in verb.children if c.lower_ == leaving and c.dep_ == "prep"), None)
    talks = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    return talks if talks is not None and lemma(talks) in TALKS_NOUNS else None


TALKS_NOUNS = lx.NEGOTIATION_NOUNS | {"meeting"}
# Who an authority orders to make a thing safe, and who is warned: "ordered the company to".
ORDERED_BODIES = lx.COMPANY_WORDS | {"mine", "management"}
WARNING_VERBS = frozenset(["warn", "alert"])
WARNED_BODIES = ORDERED_BODIES | frozenset(
    "ministry authority inspectorate regulator owner director manager".split()
)


def _written_to_warn(verb: Token) -> tuple[Token, Token] | None:
    """(warn, whom) of "had written to management on August 14 to warn that valves were leaking":
    a letter sent to warn is a warning given."""
    if lemma(verb) not in ("write", "send", "email"):
        return None
    purposes = (c for c in verb.children if c.dep_ in ("advcl", "xcomp"))
    warn = next((c for c in purposes if lemma(c) in WARNING_VERBS), None)
    whom = next((o for o in _objects_of(verb, "to") if o.pos_ in ("NOUN", "PROPN")), None)
    # (to a company or an authority, of a danger: not "wrote to its citizens", nor "to warn that
    # it would strike")
    body = whom is not None and (whom.ent_type_ == "ORG" or lemma(whom) in WARNED_BODIES)
    threat = warn is not None and any(lemma(t) == "strike" for t in warn.subtree)
    return (warn, whom) if warn is not None and whom is not None and body and not threat else None


# What a threat to those on strike says will befall them: not a danger they were warned of.
THREATENED = frozenset("dismiss sack fire punish arrest discipline suspend".split())


def _warned_a_body(verb: Token) -> bool:
    """ "They were warned", "the company had been warned": a warning a body received (not
    "residents were warned to leave")."""
    if lemma(verb) not in WARNING_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    # ("it complied with the rules and had never been warned": the first verb's subject)
    warned = shared_subject(verb, ("nsubjpass", "nsubj"))
    if warned is None or any(c.dep_ == "xcomp" for c in verb.children):
        return False  # ("warned to leave": told to go)
    if any(lemma(t) in THREATENED for c in verb.children if c.dep_ == "ccomp" for t in c.subtree):
        return False  # ("they were warned they would be dismissed": a threat, no danger told)
    return warned.pos_ == "PRON" or warned.ent_type_ == "ORG" or lemma(warned) in WARNED_BODIES


def _ordered_to_act(verb: Token, obj: Token) -> bool:
    """ "had ordered Petrol Mallakastra in June to replace corroded valves", "ordered the company
    to reinforce the supports": an order to a company to make a thing safe, a warning it received
    (not "ordered 40 buses", "ordered residents to leave", "ordered it to pay compensation" or
    "to halt production")."""
    if lemma(verb) != "order" or obj.dep_ != "dobj":
        return False
    company = obj.ent_type_ == "ORG" or obj.pos_ == "PROPN" or lemma(obj) in ORDERED_BODIES
    return company and any(c.dep_ in ("xcomp", "ccomp") and lemma(c) in lx.FIX_VERBS for c in verb.children)


def _served_with_an_order(verb: Token, obj: Token) -> bool:
    """ "served the company with a formal notice": an order to make a thing safe, handed to it."""
    if lemma(verb) not in ("serve", "issue", "hand", "present") or obj.dep_ != "dobj":
        return False
    company = obj.ent_type_ == "ORG" or obj.pos_ == "PROPN" or lemma(obj) in ORDERED_BODIES
    # (not "a notice of a work stoppage", "ordering it to resume work": a strike's, a return's)
    orders = [o for o in _objects_of(verb, "with") if not any(lemma(t) == "work" for t in o.subtree)]
    return company and any(_an_order_to_fix(o) for o in orders)


def _an_order_to_fix(order: Token) -> bool:
    """ "a written order", "a notice requiring work", issued to make a thing safe: a warning (not
    "an order for 40 tanker trucks", "an evacuation order", "instructions to resume production")."""
    placed_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in order.children)  # (goods)
    if lemma(order) not in lx.ORDER_NOUNS or placed_for:
        return False
    if any(lemma(c) in ("evacuation", "court", "purchase", "gag") for c in order.children):
        return False
    # (what it asks: a repair, or work; or an inspection's order)
    asked = [t for t in order.subtree if t.i != order.i]
    return any(lemma(t) in lx.FIX_VERBS or lemma(t) in ("work", "safety") for t in asked) or (
        lx.INSPECTION_TALK.search(text_of(order.sent)) is not None
    )


def _some_still_held_told(verb: Token) -> bool:
    """ "some of the passengers are still being held", "the others are still being held": some
    still held, told with no number (not "the suspects are still being held")."""
    if lemma(verb) != "hold" or _negated(verb) or not any(c.lower_ == "still" for c in verb.children):
        return False
    held = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if held is None or held.lower_ not in SOME_OF_THEM:
        return False
    of = _objects_of(held, "of")
    captives = any(o.lower_ == "them" or lemma(o) in CAPTIVES for o in of)
    return held.lower_ in ("others", "rest") or captives


SOME_OF_THEM = frozenset(["some", "many", "most", "several", "others", "rest"])
CAPTIVES = CAPTIVE_PEOPLE - lx.SUSPECT_NOUNS


def _one_still_missing(verb: Token) -> bool:
    """ "he is still unaccounted for", "Lika remains missing": one person, still missing (not
    "he is no longer missing", nor "his wallet is still missing")."""
    # ("Lika is still missing": the parser may make "missing" the verb)
    missing_verb = _missing_read_as_a_verb(verb)
    if lemma(verb) not in ("be", "remain") and not missing_verb or _negated(verb):
        return False
    # (now: not "was still missing on Tuesday night but was found", nor "missing from public view")
    tensed = [verb, *(c for c in verb.children if c.dep_ == "aux")] if missing_verb else [verb]
    if not any(t.tag_ in ("VBZ", "VBP") for t in tensed):
        return False
    states = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "oprd"))]
    if any(c.dep_ == "prep" and c.lower_ == "from" for t in states for c in t.children):
        return False
    state = missing_verb or any(
        c.dep_ in ("acomp", "oprd") and c.lower_ in ("unaccounted", "missing") for c in verb.children
    )
    still = _still(verb)
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (a person: "he", "Lika", "the welder"; not "his wallet")
    person = who is not None and (lemma(who) in lx.PERSON_NOUNS or lemma(who) in lx.STAFF_NOUNS or (
        lemma(who).endswith(PEOPLE_ENDINGS) and lemma(who) not in NOT_PEOPLE_ENDING_AS_PEOPLE
    ))
    named = who is not None and who.pos_ == "PROPN" and who.ent_type_ in ("", "PERSON")  # ("Lika")
    one = who is not None and (who.lower_ in ("he", "she") or named or person and who.tag_ == "NN")
    return state and still and one


def _strikers_absent(absenteeism: Token, ctx: ArticleContext) -> bool:
    """Whether "absenteeism" is a strike's: staff away in a report of a strike (not "pupil
    absenteeism", nor absenteeism in a report of no strike)."""
    whose = [lemma(c) for c in absenteeism.children if c.dep_ in ("compound", "amod", "poss")]
    return "strike" in ctx.topics and not any(w in lx.CHILD_NOUNS or w in ("pupil", "student") for w in whose)


def _life_jackets_aboard(verb: Token) -> bool:
    """Whether `verb` tells that those aboard had life jackets, or not: "passengers were wearing
    them", "nobody gave us life jackets" (not "divers were wearing life jackets", "only the crew
    had life jackets", nor "the government would supply life jackets")."""
    if lemma(verb) not in lx.LIFE_JACKET_VERBS or has_future_aux(verb) or with_a_modal(verb):
        return False
    holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dative")]
    return not any(lemma(h) in lx.NOT_PASSENGERS for h in holders)


def _exposure_told(word: Token) -> bool:
    """Whether "exposure to" or "exposed to" says people were exposed: "breathing problems
    consistent with exposure to tear gas", "they had been exposed to tear gas" (not "not
    consistent with exposure", "children exposed to tear gas could suffer", "no exposure")."""
    if _says_none(word) or _negated(word):
        return False
    if lemma(word) == "exposure":
        # ("consistent with exposure": the word it hangs on must not be denied)
        holder = word.head.head if word.head.dep_ == "prep" else word.head
        holders = [holder, holder.head] if holder.dep_ == "acomp" else [holder]  # ("were not consistent")
        return not any(_negated(h) or any(c.dep_ == "neg" for c in h.children) for h in holders)
    return word.dep_ not in ("acl", "relcl", "amod") and not with_a_modal(word)


def _burst_told(word: Token) -> bool | None:
    """Whether `word` tells of a pipe of a supply that burst, and if so whether it says none
    did: "a sewer main had burst" (False), "there had been no burst main" (True), "a break in a
    water main", "no breaks or repairs in the network", "denied any pipe burst"; None when it
    tells of none."""
    if word.pos_ in ("VERB", "AUX") and lemma(word) in lx.BURST_VERBS:
        if any(c.lower_ == "down" for c in word.children):
            return None  # "the pumping system broke down": a breakdown, no burst
        if any(c.dep_ == "nsubj" and _a_pipe(c) for c in word.children):
            return _negated(word)  # "a sewer main had burst"
        return None
    if lemma(word) == "burst" and word.dep_ in ("amod", "compound") and _a_pipe(word.head):
        pipe = word.head  # "no burst main", "a burst pipe"
        return _says_none(pipe) or pipe.dep_ in ("attr", "nsubj", "dobj") and _negated(pipe.head)
    if word.pos_ != "NOUN" or lemma(word) not in lx.BURST_NOUNS:
        return None
    # "a break in a water main", "pipe burst", "no burst on the supply network"
    told = [*word.children, *(c for c in word.children if c.dep_ == "conj" for c in c.children)]
    where = [o for p in told if p.dep_ == "prep" and p.lower_ in ("in", "on", "of", "to") for o in p.children]
    piped = any(c.dep_ == "compound" and _a_pipe(c) for c in word.children) or any(
        o.dep_ == "pobj" and _a_pipe(o) for o in where
    )
    if not piped:
        return None
    return _says_none(word) or word.dep_ in ("attr", "nsubj", "dobj") and _negated(word.head)


def _a_pipe(noun: Token) -> bool:
    """ "a water main", "the sewer line", "the Serowe supply network", in a sentence of a water
    supply (not "the social network")."""
    # (the model may take "main" in "no burst main" for an adjective)
    nominal = noun.pos_ == "NOUN" or noun.dep_ in ("attr", "nsubj", "nsubjpass", "dobj", "pobj")
    if lemma(noun) in lx.PIPE_NOUNS and nominal:
        return True
    supplied = any(lemma(t) in lx.WATER_SUPPLY_WORDS for t in noun.sent)
    return lemma(noun) in lx.PIPE_SYSTEM_NOUNS and supplied


def _says_none(noun: Token) -> bool:
    """ "no jobs", "not one job", "not a single shot": none of them."""
    return any(c.lower_ == "no" for c in noun.children) or _not_a_single(noun)


def _incident(noun: Token) -> str:
    """The kind of incident a noun names, in one name ("flames", "blaze": "fire"), or ""."""
    name = lx.THING_CANON.get(lemma(noun), lemma(noun))
    return name if name in lx.TOPICS or name in lx.INCIDENT_NOUNS else ""


# Verbs that tell of a weapon's use as a thing done: "documented the use of pepper spray".
USE_TOLD_VERBS = lx.WITNESS_VERBS | frozenset("document confirm film photograph".split())


def _use_of(noun: Token) -> Token | None:
    """ "the use of pepper spray", "the use of tear gas by police": what was used."""
    if lemma(noun) != "use" or noun.pos_ != "NOUN":
        return None
    if any(c.lower_ in ("any", "possible", "potential", "further", "excessive") for c in noun.children):
        return None  # ("condemned any use of tear gas", "the possible use of rubber bullets")
    used = [o for o in _objects_of(noun, "of") if o.pos_ == "NOUN" and lemma(o) in lx.CROWD_WEAPONS]
    return used[0] if used else None


def _occurred(verb: Token) -> Token | None:
    """The thing `verb` says happened: "a fire broke out", "the fire continues", "a fire had
    been recorded", "causing a large fire", "no leak had occurred", "an explosion took place"
    (a kind of event)."""
    v = "occur" if _takes_place(verb) else lemma(verb)
    for child in verb.children:
        if not _incident(child) or child.pos_ != "NOUN":  # "saw flames": a fire
            continue
        if (
            child.dep_ == "nsubj" and v in lx.OCCUR_VERBS
            or child.dep_ == "nsubjpass" and v in lx.OBSERVE_VERBS
            or child.dep_ == "dobj" and v in lx.CAUSE_VERBS | lx.WITNESS_VERBS
        ):
            return child
    return None


def _hurt(verb: Token) -> bool:
    """ "suffered minor injuries", "sustained burns": were injured."""
    return lemma(verb) in lx.SUFFER_VERBS and any(
        c.dep_ == "dobj" and lemma(c) in ("injury", "wound", "burn", "fracture") for c in verb.children
    )


def _said_earlier(verb: Token) -> bool:
    """ "earlier reported", "had previously said": what a source said before the report."""
    return any(c.dep_ == "advmod" and c.lower_ in ("earlier", "previously") for c in verb.children)


def _counted_of(noun: Token) -> bool:
    """ "two of the border guards": people counted by a number they are said of (or "from", as
    translations put it: "two from our soldiers")."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ in ("of", "from") and of.head.like_num


def _attained_martyrdom(verb: Token) -> bool:
    """ "reached to the degree of martyrdom", "attained martyrdom", "embraced martyrdom": killed,
    as translated reports say it."""
    if lemma(verb) not in ("reach", "attain", "achieve", "embrace", "gain"):
        return False
    if verb.tag_ not in ("VBD", "VBN") or any(c.tag_ == "MD" for c in verb.children):
        return False  # "would gladly embrace martyrdom": a vow
    if verb.dep_ in ("relcl", "advcl"):
        return False  # "Ashura, when Imam Hussain and his 72 companions attained martyrdom"
    reached = (c for c in verb.children if c.dep_ in ("dobj", "prep"))
    return any(t.lower_ == "martyrdom" for c in reached for t in c.subtree)


def _said_at_first(verb: Token) -> bool:
    """ "had initially claimed", "had first said": what a source said before it said more."""
    return any(c.dep_ == "advmod" and c.lower_ in ("initially", "originally", "first") for c in verb.children)


# Verbs of saying something, not of counting it.
SPEECH_VERBS = frozenset("say report claim tell announce state write insist maintain".split())


def _had_said_on_a_day(verb: Token) -> bool:
    """ "Newspaper ECO had reported on July 10 that ...", "the owner had said on Monday that
    ...", "Three weeks ago the company denied a report that ...": what a source said on a day
    before the report, told again as background."""
    if _told_weeks_ago(verb):
        return True
    if lemma(verb) not in SPEECH_VERBS or verb.tag_ != "VBN":
        return False  # (not "volunteers had counted 41 deaths as of Wednesday": a count's day)
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    days = [t for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    # (not "had said earlier on Wednesday": the report's own day, which may be its only telling)
    same_day = any(c.lower_ == "earlier" for c in verb.children)
    # ("The union had said 21 flights were cancelled.": the other side's figure, told again in
    # a report of the answer to it, which the union's own report told; not "the master had told
    # investigators ...", told only here)
    return not same_day and (any(t.ent_type_ == "DATE" for t in days) or lemma(verb) in ("say", "claim"))


# Verbs of a telling a report may date back: "three weeks ago the company said", "denied".
TELLING_VERBS = SPEECH_VERBS | lx.DENIAL_VERBS


def _told_weeks_ago(verb: Token) -> bool:
    """ "Three weeks ago the company denied a report ..., saying it had no plans": a telling
    dated some time back (not "a fire two days ago", nor "said on Monday": a day of the week)."""
    while verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
        verb = verb.head  # ("..., saying ...": the telling it goes on)
    if lemma(verb) not in TELLING_VERBS:
        return False
    # (told before the telling: "a week ago" after it may be the report's own day, "denied a
    # report a week ago")
    return any(
        c.lower_ == "ago" and c.i < verb.i
        and any(t.like_num or t.lower_ in ("a", "an", "several", "few") for t in c.subtree)
        for c in verb.children
    )


def _where_or_when(noun: Token) -> bool:
    """ "killed in two neighbouring hamlets", "over three days": the noun says where or when,
    it is not who."""
    if lemma(noun) in PLACE_NOUNS:
        return True  # a village is where people were killed, whatever the parse hangs it on
    while noun.dep_ == "conj" and noun.head is not noun:  # "in Lanfiera and two hamlets"
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in lx.WHERE_OR_WHEN


def _takes_place(verb: Token) -> bool:
    """ "took place": happened (nothing was taken)."""
    return lemma(verb) == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _none_counted(verb: Token) -> str | None:
    """The measure a verb's subject says there was none of: "no deaths were reported",
    "no casualties had been recorded"."""
    if lemma(verb) in lx.ATTRIBUTING_VERBS:
        return None  # "not a single death could be attributed to police action": none by them
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (_none_since(child) or _since_a_time(verb)):
            # "no new case has been reported for five days", "no bodies had been recovered
            # since the morning": none since, not none
            return None
        if child.dep_ in ("nsubj", "nsubjpass") and _says_none(child) and (
            _disease_cases(child, verb)
        ):
            return "cases"  # "no cholera case has been recorded", "not a single case ..."
        if _no_cases_of(verb, child):
            return "cases"
        if (harmed := _none_who_were(verb, child)) is not None:
            return harmed  # "there is no civilian who died in Goma"
        if child.dep_ == "nsubj" and _no_one_of_them(child) and (
            lemma(verb) in ("remain", "be") and (state := _state_on(verb)) in ("held", "captured")
        ):
            # "no student remains in captivity", "none (of the hostages) remain in captivity", "no
            # element of the BIR is in the hands of the enemy"
            return state
        if (
            child.dep_ in ("nsubj", "nsubjpass")
            and lx.NOUN_MEASURES.get(lemma(child)) in lx.TALLY_MEASURES
            and _says_none(child)
            and not _none_left(child, verb)
        ):
            measure = lx.NOUN_MEASURES[lemma(child)]
            if lemma(child) in lx.HELD_NOUNS and lemma(verb) not in lx.RECORDING_VERBS | lx.REPORT_VERBS:
                # "no hostages were killed", "no detainees were freed": what befell them, not
                # how many were taken (but "no detainees were recorded")
                return None
            return "deaths" if measure == "casualties" else measure  # none killed, at least
    return None


def _no_one_of_them(noun: Token) -> bool:
    """ "no student", "none", "none of the hostages", "no one", "no element of the BIR" (a
    translation's word for a unit's members): no one held at all."""
    if _says_none(noun) and (lemma(noun) in lx.PERSON_NOUNS or _members_of_a_force(noun)):
        return True
    if noun.lower_ not in ("none", "nobody", "one") or noun.lower_ == "one" and not _says_none(noun):
        return False
    # ("none of the hostages"; not "none of the students", some of those taken, nor "none of
    # those" just freed)
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]
    return all(lemma(o) in lx.HELD_NOUNS for o in of)


def _none_who_were(verb: Token, noun: Token) -> str | None:
    """ "there is no civilian who died in Goma", "there was no one who was injured": none of
    the people a toll counts (not "there is no soldier who did not fight")."""
    if not _there_were(verb, noun):
        return None
    if not _says_none(noun) or lemma(noun) not in lx.PERSON_NOUNS | {"one", "body", "anyone"}:
        return None
    if any(c.lower_ in ("else", "other", "another", "more", "further") for c in noun.children):
        return None  # "there was no one else who died": none besides those counted
    if lx.EXCEPTING.search(verb.sent.text):
        return None  # "no one who was injured apart from the driver": one was
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        measure = lx.VERB_MEASURES.get(lemma(clause))
        negated = any(c.dep_ == "neg" for c in clause.children)
        # (not "no worker who lost his job", "no one who lost their home": what was lost)
        lost_other = any(c.dep_ == "dobj" and lemma(c) != "life" for c in clause.children)
        if measure in ("deaths", "injured", "casualties") and not negated and not lost_other:
            return "deaths" if measure == "casualties" else measure
    return None


def _no_cases_there(verb: Token, noun: Token) -> bool:
    """ "there is no case of mpox in the province": none of a disease's cases (not "no case
    outside Lusaka province", "no case in any camp" or "no cases at that time": none in a part
    or at a moment, which a count of the whole does not gainsay)."""
    if not _there_were(verb, noun):
        return False
    if _none_lately(verb, noun) or _none_in_a_part(verb, noun):
        return False
    # ("there is no Marburg disease in Geita": the disease named, none of its cases)
    named = " ".join(t.text for t in noun.lefts)
    named_disease = lemma(noun) == "disease" and lx.DISEASE.search(named) is not None
    # ("there is no plague in Ambositra", "no Rift Valley fever in Nyagatare": the disease itself)
    name = " ".join(t.text for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.dep_ != "det")
    named_disease = named_disease or lx.NAMED_DISEASE.fullmatch(name) is not None
    # ("there is no meningitis outbreak in the region": none of the cases of a disease it or its
    # paragraph names; not "no outbreak of violence")
    return _says_none(noun) and (_disease_cases(noun, verb) or named_disease or _an_outbreak_of_people(noun))


def _none_in_a_part(verb: Token, noun: Token) -> bool:
    """ "no case outside Lusaka province", "among its staff", "in any camp", "at that time": none
    in a part or at a moment, which a count of the whole does not gainsay."""
    for prep in (c for t in (verb, *noun.subtree) for c in t.children if c.dep_ == "prep"):
        scope = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in ("outside", "beyond", "except", "among") or prep.lower_ == "at" and any(
            lemma(o) in ("time", "moment", "point", "stage", "present") for o in scope
        ):
            return True
        # (but "the camp" where the displaced live is the place of the outbreak, not a site in it)
        # (but "in our schools": all of the speaker's own, which the cases are said to be in)
        kind_of_site = any(
            o.pos_ == "NOUN" and lemma(o) not in lx.PLACE_KIND_WORDS and not _the_settlement(o)
            and not any(d.dep_ == "poss" and d.lower_ == "our" for d in o.children)
            for o in scope
        )
        if prep.lower_ == "in" and kind_of_site:
            return True
    return False


def _no_cases_of(verb: Token, noun: Token) -> bool:
    """ "there is no case of mpox here", "has not recorded any case of shigellosis": none of a
    disease's cases, a count of none (`_none_counted`)."""
    return _no_cases_there(verb, noun) or _no_cases_recorded(verb, noun)


def _none_lately(verb: Token, noun: Token) -> bool:
    """ "there are no new cases", "no active cases", "currently no cases", "no cases this week"
    or "since Monday": none lately or at a moment, not none."""
    if _none_since(noun) or any(t.lower_ in lx.NONE_SINCE_WORDS for t in noun.subtree if t.i < noun.i):
        return True
    if any(c.lower_ in ("currently", "now", "presently") for c in verb.children):
        return True
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ == "since" for t in verb.subtree)


def _no_cases_recorded(verb: Token, noun: Token) -> bool:
    """ "the district has not recorded any case of shigellosis", "has reported no cholera
    cases": none of a disease's cases (not "no new cases", "none this week")."""
    if noun.dep_ != "dobj" or lemma(verb) not in lx.RECORDING_VERBS | lx.REPORT_VERBS:
        return False
    any_of = _negated(verb) and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)
    none = _says_none(noun) or any_of
    if not none or not _disease_cases(noun, verb) or _none_lately(verb, noun) or _none_in_a_part(verb, noun):
        return False
    # (not "any local case": none of a kind; nor a hospital's or a school's own none)
    kinds = {c.lower_ for c in noun.children if c.dep_ == "amod"} & {"local", "imported", "domestic"}
    recorder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return not kinds and not (recorder is not None and lemma(recorder) in INSTITUTION_NOUNS)


def _the_settlement(noun: Token) -> bool:
    """ "in the camp": the one camp a story is of, where people live (not "in any camp", "in
    two camps")."""
    return (
        lemma(noun) in lx.SETTLEMENT_NOUNS
        and noun.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
    )


def _counts_members(verb: Token, noun: Token) -> bool:
    """ "has 31,000 members", "counts about 24,000 members": how many an organisation has (not
    "31 members of the crew were rescued", "members of the union marched")."""
    return lemma(verb) in ("have", "count", "number") and noun.dep_ == "dobj" and not any(
        c.dep_ == "prep" for c in noun.children
    )


def _member_of(verb: Token, frame: Frame | None, ctx: ArticleContext) -> str:
    """Whose members: the organisation that has them ("it" is the speaker's own; "the union"
    the one the report has named: "the Hanbit Semiconductor Workers' Union")."""
    owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owner is not None and owner.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        owner = verb.head  # "the union, which has about 24,000 members"
    if owner is None or owner.pos_ == "PRON":
        return _one_spelling(frame.speaker.side) if frame is not None else ""
    if owner.pos_ == "NOUN":
        named = {_one_spelling(side) for side in ctx.org_sides if side.split()[-1:] == [lemma(owner)]}
        if len(named) == 1:
            return named.pop()
    return canonical(noun_phrase(owner))


def _one_spelling(side: str) -> str:
    """ "hanbit workers ' union" as a speaker's side, "hanbit workers' union" as a name."""
    return side.replace(" '", "'")


def _came_to_protest(verb: Token) -> bool:
    """ "50,000 people had come", "came out", "came to the march", "came today, from every
    district": to the protest (not "came forward to report injuries", "came to hospital")."""
    went = [c for c in verb.children if c.dep_ in ("prep", "prt", "advmod", "advcl", "xcomp")]
    if not went:
        return True
    return all(
        c.lower_ == "out"
        or c.ent_type_ in ("DATE", "TIME")  # "came today"
        or c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children)  # "on Monday"
        or c.dep_ == "prep" and c.lower_ == "from"  # "came from every district of the city"
        or c.dep_ == "prep" and c.lower_ in ("to", "for") and any(
            lx.TOPICS.get(lemma(o)) == "protest" or lemma(o) in ("square", "street", "march", "rally")
            for o in c.children if o.dep_ == "pobj")
        for c in went
    )


def _animals(noun: Token | None) -> bool:
    """ "livestock", "head of cattle", "dead sheep, goats, cattle and horses": animals counted."""
    if noun is None:
        return False
    if lemma(noun) == "head":  # "180,000 head of livestock"
        counted = _of_what(noun)
        return counted is not None and lemma(counted) in lx.ANIMAL_NOUNS
    return lemma(noun) in lx.ANIMAL_NOUNS


def _contracts_ended(verb: Token, noun: Token) -> bool:
    """ "will terminate the labour contracts of 2,650 workers", "the contracts of 300 staff were
    cancelled": their jobs cut (not "renewed the contracts of 40 nurses")."""
    contract = noun.head.head if noun.head.dep_ == "prep" and noun.head.lower_ == "of" else None
    return (
        contract is not None
        and lemma(contract) == "contract"
        and contract.head.i == verb.i
        and contract.dep_ in ("dobj", "nsubjpass")
        and lemma(verb) in lx.CONTRACT_ENDING_VERBS
        and not any(c.dep_ == "neg" for c in verb.children)
        and not any(c.dep_ == "amod" and c.lower_ in ("striking", "protesting") for c in noun.children)
    )


def _a_company_move_does(verb: Token) -> bool:
    """Whether what a verb says is done by a company's closure or restructuring ("the planned
    measures would affect 290 employees"; not "the government shutdown has affected 800,000
    federal employees", "its decision to move its headquarters")."""
    # ("the closure is estimated to affect 410 employees": the subject of the raising verb)
    raised = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            lemma(c) in lx.CLOSING_NOUNS
            and not any(o.dep_ in ("poss", "compound") and o.lower_ not in ("its", "their")
                        for o in c.children)
            or _job_cut_talks(c)
            or _job_cuts_named(c)  # "the layoffs at Baltronic will affect 760 employees"
        )
        for c in (*verb.children, *(raised.children if raised is not None else ()))
    )


def _whose_move(verb: Token) -> str:
    """The company a closure or cuts are said to be at ("the layoffs at Baltronic"), or ""."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("at", "of")):
            named = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if named:
                return company_name(" ".join(t.lower_ for t in named[0].subtree if t.pos_ == "PROPN"))
    return ""


def _job_cuts_named(noun: Token) -> bool:
    """ "the layoffs", "the redundancies", "the job cuts": cuts of jobs, by their name (not
    "the 2028 layoffs": a round told before)."""
    if any(c.like_num for c in noun.children):
        return False
    if lx.NOUN_MEASURES.get(lemma(noun)) == "job_cuts":
        return True
    jobs = (c for c in noun.children if c.dep_ == "compound")
    return lemma(noun) == "cut" and any(lemma(c) in lx.JOB_NOUNS for c in jobs)


def _job_cut_talks(noun: Token) -> bool:
    """ "the change negotiations are estimated to concern 410 employees": Finnish law's talks
    on cutting jobs (not wage negotiations)."""
    return lemma(noun) == "negotiation" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lx.JOB_CUT_TALKS for c in noun.children
    )


def _bodies_moved(noun: Token | None, verb: Token | None) -> bool:
    """ "two bodies were taken away by security forces", "19 bodies were brought to the morgue":
    the bodies one place received or one party moved, some of the dead at least."""
    if noun is None or verb is None or lemma(verb) not in BODIES_TAKEN_IN:
        return False
    return lemma(noun) in lx.REMAINS_NOUNS or _of_bodies(noun)


def _packed_with(verb: Token, people: Token) -> bool:
    """ "the boat had been packed with more than 80 people", "it was crammed with 120
    passengers": all those aboard (said of a vessel, or of "it")."""
    if lemma(verb) not in ("pack", "cram", "overload") or lemma(people) not in lx.PERSON_NOUNS:
        return False
    if not (people.dep_ == "pobj" and people.head.lower_ == "with" and people.head.head.i == verb.i):
        return False
    holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is None or lemma(holder) in lx.VESSELS:
        return holder is not None
    # ("it", where the sentence names the boat: not "it was crammed with 20,000 people", a square)
    return holder.lower_ == "it" and any(lemma(t) in lx.VESSELS for t in verb.sent)


def _counted_setting_off(verb: Token, people: Token) -> bool:
    """ "We counted more than 80 people when we left Koh Trong": those aboard as it set off."""
    if lemma(verb) != "count" or people.dep_ != "dobj" or lemma(people) not in lx.PERSON_NOUNS:
        return False
    return any(
        c.dep_ == "advcl" and lemma(c) in SETTING_OFF_VERBS and any(m.lower_ == "when" for m in c.children)
        for c in verb.children
    )


# What a boat or a bus does as it sets off, when those aboard are counted.
SETTING_OFF_VERBS = frozenset("leave depart sail board embark".split())


# What rescuers do to the living they bring out: "pulled alive", "brought out alive".
# (not "taken alive": captured)
BROUGHT_OUT_VERBS = lx.BODY_RECOVERY_VERBS | {"dig", "bring", "carry", "lift", "airlift"}


def _left_held(anchor: Token) -> bool:
    """ "leaving 22 still held", "leaving 22 in captivity": those the release left behind (not
    "leaving 22 held in police cells": in custody)."""
    leaving = anchor.head
    if lemma(leaving) != "leave" or anchor.dep_ != "dobj" or lx.CUSTODY_TALK.search(text_of(anchor.sent)):
        return False
    return any(
        c.dep_ in ("acl", "amod") and c.lower_ == "held" or c.dep_ == "prep" and any(
            lemma(o) == "captivity" for o in c.children)
        for c in (*anchor.children, *leaving.children)
    )


def _pulled_alive(verb: Token) -> bool:
    """ "were pulled alive from the water", "pulled 12 people alive from the rubble": brought out
    living, rescued."""
    return lemma(verb) in BROUGHT_OUT_VERBS and any(
        c.lower_ == "alive" and c.dep_ in ("oprd", "advmod", "acomp", "prt") for c in verb.children
    )


def _received_so_far(noun: Token | None, verb: Token | None) -> bool:
    """ "the institute said it had received the bodies of 27 people from the site": the dead a
    place has taken in so far, a running count (not "received the bodies of seven soldiers on
    Tuesday morning": that day's)."""
    if noun is None or verb is None or lemma(verb) != "receive" or not _bodies_moved(noun, verb):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _of_bodies(noun: Token) -> bool:
    """ "(received) the bodies of seven soldiers": the count of whom the bodies were."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in lx.REMAINS_NOUNS


# What a place does with the dead it takes in ("the hospital received nine bodies"): some of them.
BODIES_TAKEN_IN = lx.CARRYING_VERBS | {"receive"}


def _since_a_time(verb: Token) -> bool:
    """ "(recovered) since the morning", "since then": of the time after a moment (not the
    "since" of a reason: "since the hall was empty")."""
    for since in (c for c in verb.children if c.lower_ == "since" and c.dep_ in ("prep", "advmod")):
        moment = next((o for o in since.children if o.dep_ == "pobj"), None)
        named = [] if moment is None else [
            moment,
            *(w for w in moment.children if w.dep_ in ("poss", "compound")),
            *(o for p in moment.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children),
        ]
        if not any(lemma(w) in lx.WHOLE_EVENTS for w in named):
            return True  # (not "since the explosion", "since the storm's landfall": all of it)
    return False


def _none_since(noun: Token) -> bool:
    """ "no new cases", "no further deaths": none since the last count, which stands."""
    return any(c.dep_ == "amod" and c.lower_ in ("new", "further", "additional", "fresh")
               for c in noun.children)


def _measures_of_a_whole_told_before(anchor: Token) -> set[str]:
    """What a sentence opening on "Of the 57 injured, ..." counts as a whole (the injured),
    when `anchor` is a figure after it: a figure of the same measure is a part of that whole
    ("23 suffered gunshot wounds"), not a count of its own. A part of another measure is
    ("Of the 40 miners trapped, 12 were killed": 12 dead)."""
    first = first_word(anchor.sent)
    if first is None or first.lower_ != "of" or first.dep_ != "prep" or first.i > anchor.i:
        return set()
    whole = list(first.subtree)
    if anchor in whole or not any(t.like_num for t in whole):
        return set()
    named = (lx.NOUN_MEASURES.get(lemma(t)) or lx.VERB_MEASURES.get(lemma(t)) for t in whole)
    return {m for m in named if m}


def _none_left(noun: Token, verb: Token) -> bool:
    """ "No bodies remain underground", "no bodies were left at the site": the dead are all
    recovered, which says nothing of how many there were."""
    return _is_remains(noun) and (
        lemma(verb) in ("remain", "stay") or lemma(verb) == "leave" and noun.dep_ == "nsubjpass"
    )


def _share_of_people(anchor: Token) -> bool:
    """ "60 percent of secondary school teachers": a share of people."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(lemma(g) in lx.PERSON_NOUNS for g in c.children)
        for c in anchor.children
    )


def _any_of(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern for any of `phrases` as whole words ("rallies" holds no "lies")."""
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


CUMULATIVE_MARKER = _any_of(lx.CUMULATIVE_MARKERS)
# (or a quoted question with its teller after it: '"... no layoffs?" the secretary asked.', '"...?"
# said the village chief.')
A_QUESTION = re.compile(
    r"\?[\"'\u201d\u2019]?(?:,?(?: [\w'-]+){1,5} (?:said|asked|added|wondered)"
    r"| (?:said|asked|added|wondered)(?: [\w'-]+){1,6})?\.?$"
)
DENIAL_PHRASE = _any_of(lx.DENIAL_PHRASES)


def _says_denial(text: str) -> bool:
    """ "has no basis", "a lie", "untrue": whole words ("rallies" holds no "lies")."""
    return bool(DENIAL_PHRASE.search(text))


def _said_false(verb: Token) -> bool:
    """ "(reports ...) are untrue / false / baseless / a fabrication"."""
    if lemma(verb) != "be":
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    called_false = any(
        c.dep_ in ("acomp", "attr") and lemma(c) in lx.FALSE_WORDS
        # "is baseless propaganda", "are lies without basis"
        or c.dep_ == "attr" and any(a.dep_ == "amod" and lemma(a) in lx.FALSE_WORDS for a in c.children)
        for c in verb.children
    )
    not_true = negated and any(g.dep_ == "acomp" and lemma(g) == "true" for g in verb.children)
    return called_false and not negated or not_true  # (not "are not propaganda")


def _counted_apart(measure: str | None, whose: str, said: list[Claim]) -> bool:
    """Whether the sentence has already counted the people (`whose`) a negated verb says none
    of were hurt: "two were killed and no one else was hurt" (the rest), but not "killed
    dozens of fighters, and no civilian was harmed" (others)."""
    return any(c.measure == measure and (not whose or not c.subject or c.subject == whose) for c in said)


def _substance(unit: Token) -> str:
    """The kind of thing an amount is of: "petroleum" of "12,000 barrels of crude oil" and of
    "litres of diesel"; "" for goods of no kind ("tonnes of aid", "of supplies"), which may be
    any; else the thing ("cotton")."""
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if what is None or lemma(what) in lx.GENERIC_GOODS:
        return ""
    mods = [c for c in what.children if c.dep_ in ("compound", "amod")]
    if any(lemma(c) in lx.EDIBLE_OIL_WORDS for c in mods):
        return "food"  # "palm oil", "cooking oil"
    word = lemma(what)
    if word in lx.PRODUCE_HEADS and mods:
        word = lemma(mods[-1])  # "cocoa beans" are cocoa
    word = word.replace("izer", "iser")  # (fertilizer, fertiliser)
    return lx.SUBSTANCE_CLASSES.get(word, word)


def _by_fire(verb: Token) -> bool:
    """ "consumed by the fire", "the blaze consumed", "the fire, which consumed": a fire did it."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    # "consumed by the fire", "consumed in the blaze"
    doers += [o for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "in"
              for o in c.children if o.dep_ == "pobj"]
    if verb.dep_ == "relcl":
        doers.append(verb.head)  # "the fire, which consumed 5 million litres"
    return any(lx.STATE_HOLDERS.get(lemma(d)) == "fire" for d in doers)


# What may say that a staff is only some of it: "on strike", "in Germany", "infected".
STAFF_LIMITS = frozenset(["prep", "advmod", "acl", "relcl", "amod", "advcl", "npadvmod"])


def _staffed(verb: Token, noun: Token) -> bool:
    """ "The plant has 410 workers", "Alvarenga has about 1,200 employees": what a works or a
    company has on its staff (not "the town has 4,000 people", "Spain has 400,000 workers")."""
    if lemma(verb) != "have" or noun.dep_ != "dobj" or noun.head.i != verb.i:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ in ("GPE", "LOC", "NORP"):
        return False
    kinds = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    told_of = [c for c in (*verb.children, *noun.children) if c.dep_ in STAFF_LIMITS and c not in kinds
               and not (c.dep_ == "advcl" and lemma(c) in lx.FOUNDING_VERBS) and not _on_the_payroll(c)
               and c.lower_ != "according"]  # ("according to the union": who says so)
    limited = any(c.lower_ not in lx.NOW_WORDS for c in told_of)
    # ("410 factory workers", "1,200 full-time workers": all of them)
    if limited or any(c.lower_ not in lx.WHOLE_STAFF and lemma(c) not in lx.WORKS_NOUNS for c in kinds):
        # "the firm had 300 employees on board the project", "has 1,500 workers infected", "in
        # Germany, Siemens has 86,000 employees", "has 300 temporary workers": some of its staff
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.children):
        return False  # "after the cuts, the plant will have 900 workers": a plan
    company = subj.ent_type_ == "ORG" or subj.pos_ == "PROPN" and subj.ent_type_ != "PERSON"
    return lemma(subj) in lx.WORKS_NOUNS | lx.GENERIC_ORG_NOUNS or company


def _on_the_payroll(prep: Token) -> bool:
    """ "has 2,300 workers on its payroll": all its staff, not some of them."""
    return prep.dep_ == "prep" and prep.lower_ == "on" and any(
        c.dep_ == "pobj" and c.lower_ in ("payroll", "payrolls") for c in prep.children
    )


def _accused_just_before(sent: Span) -> bool:
    """ "The opposition accused the department of hiding the outbreak. Officials denied the
    charge", "It accused the rebels of using civilians as shields. The rebels denied the
    accusation": what is denied is the act accused of, told with no figure, not the last count
    (unless the act is done to a count: "accused the commission of rigging the vote")."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    accused = any(t.pos_ == "VERB" and lemma(t) in lx.ACCUSING_VERBS for t in before)
    of_a_count = any(lemma(t) in lx.COUNT_FRAUD_WORDS or lemma(t) in lx.FIGURE_NOUNS for t in before)
    return accused and not of_a_count and not any(t.like_num for t in before)


def _in_a_rejected_claim(anchor: Token) -> bool:
    """ "..., rejecting the AA's statement that more than 300 soldiers had surrendered": the
    figure is told in a claim that the verb over it rejects, whoever says the sentence."""
    joined = False  # (whether the walk came up through a verb joined to another)
    for tok in anchor.ancestors:
        if lemma(tok) in lx.CLAIM_NOUNS and tok.dep_ == "dobj" and (
            lemma(tok.head) in lx.DENIAL_VERBS or _described_as_false(tok.head)
        ):
            return True
        # ("described the claim of the Pakistani side about the killing of 11 soldiers as 'the
        # pure lie'", the model hanging what it is about on the verb; not "... and announced
        # the names of five martyrs")
        claimed = any(c.dep_ == "dobj" and lemma(c) in lx.CLAIM_NOUNS for c in tok.children)
        if tok.pos_ == "VERB" and claimed and not joined and _described_as_false(tok):
            return True
        joined = joined or tok.pos_ in ("VERB", "AUX") and tok.dep_ == "conj"
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "relcl", "ccomp", "xcomp", "conj"):
            return False  # past the clause that tells the claim ("that it plans to cut jobs")
    return False


def _described_as_false(verb: Token) -> bool:
    """ "described the claim of the Pakistani side about the killing of 11 soldiers as 'the pure
    lie'", "dismissed the report as propaganda": what the verb's object is called (not "did not
    describe it as false", "as not false", nor "while denouncing the video as fake": another
    verb's object)."""
    if lemma(verb) not in lx.LABEL_VERBS | {"dismiss", "denounce"} or _negated(verb):
        return False
    # ("as" hangs on the verb, or on what the claim is about: "about the killing ... as 'the lie'")
    own = {verb.i} | {t.i for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree}
    return any(
        t.i in own and t.dep_ == "prep" and t.lower_ == "as"
        and any(lemma(o) in lx.FALSE_WORDS for o in t.subtree)
        and not any(o.dep_ == "neg" or o.lower_ == "not" for o in t.subtree)
        for t in verb.subtree
    )


def _called_false(anchor: Token) -> bool:
    """ "The number 58 being quoted is wrong", "a turnout of 63 percent has no basis", "claims
    that 300 people died are wrong": the figure is named in the subject of a verb that calls
    it false, in order to reject it."""
    tok = anchor
    for _ in range(8):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            if _said_false(tok.head) or _has_no_basis(tok.head):
                return True
            if tok.head.dep_ not in ("acl", "relcl"):  # on through "claims that 300 died"
                return False
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _has_no_basis(verb: Token) -> bool:
    """ "(the figure) has no basis / no foundation"."""
    return lemma(verb) == "have" and any(
        c.dep_ == "dobj" and lemma(c) in ("basis", "foundation") and any(d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _a_rate(last: Token, verb: Token | None) -> bool:
    """A figure of what is usual ("normally", "on average") or per unit of time ("40 bodies a
    day", "9 million tons of crude a year"; not "killed 500 fighters in a week of fighting",
    a period's count)."""
    if verb is not None and any(c.lower_ in lx.HABITUAL_WORDS for c in verb.children):
        return True
    counted = last.head if last.dep_ == "nummod" else last
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and lemma(counted.head.head) == "average":
        return True  # "carries an average of about 2.3 million passengers on a working day"
    if lemma(counted) in lx.DISTANCE_UNITS and _per_hour(counted):
        return False  # "going at over 100 kilometres an hour": a speed
    doc, sent = last.doc, last.sent
    window = doc[last.i + 1 : min(last.i + 6, sent.end)]
    words = [t.lower_ for t in window]
    # what was done in a week is that week's count ("killed 500 fighters in a week of
    # fighting"); what is done in a day is a rate ("Russia loses about 1,000 soldiers in a day")
    done = verb is not None and verb.tag_ in ("VBD", "VBN")
    return any(
        w in ("a", "per", "each", "every", "an")
        and nxt in lx.TIME_UNITS
        and not (done and w in ("a", "an") and before in PERIOD_PREPOSITIONS)
        for before, w, nxt in zip(["", *words], words, words[1:], strict=False)
    )


# Words that make "a week" a period, not a rate: "in a week", "within a day", "for a month".
PERIOD_PREPOSITIONS = frozenset(["in", "within", "for", "over", "during", "after", "under", "than"])


def _background(sent: Span) -> bool:
    """A sentence that opens on an earlier time ("Earlier this year", "Last month"): what it
    counts is history, not the news of the day."""
    return bool(BACKGROUND_OPENER.match(text_of(sent).strip()))


BACKGROUND_OPENER = re.compile(r"(?:earlier this|last) (?:year|month)\b", re.IGNORECASE)
# A count made during the day ("as of 6:00 pm", "by noon"): the day's total is no less.
# An hour of the clock: "10:00", "6 pm", "6 a.m.".
_CLOCK = r"\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)"
PART_OF_DAY = re.compile(rf"\b(?:as of|by|at) (?:{_CLOCK}|noon|midday)", re.IGNORECASE)


def _turnout_so_far(measure: str, text: str) -> bool:
    """A vote's turnout counted during the day ("31.6 percent as of 6 pm") only grows, and so do
    a day's cancellations ("cancelled 212 of the 498 trains scheduled until 10:00"). (A strike's
    turnout is counted once: "24.7 percent at midday" is the day's figure.)"""
    if measure.startswith("cancel|"):
        # (not "the strike from 6 am until 2 pm": a whole stoppage)
        return bool(PART_OF_DAY.search(text) or UNTIL_AN_HOUR.search(text) and not FROM_AN_HOUR.search(text))
    return measure == "participants" and bool(PART_OF_DAY.search(text)) and bool(VOTE_WORDS.search(text))


FROM_AN_HOUR = re.compile(rf"\bfrom (?:{_CLOCK}|midnight)", re.IGNORECASE)
UNTIL_AN_HOUR = re.compile(rf"\buntil (?:{_CLOCK}|noon|midday)", re.IGNORECASE)


VOTE_WORDS = re.compile(r"\b(?:turnout|vot(?:e|es|ed|ers|ing)|polls?|ballots?)\b")


def _whole_of(noun: Token) -> Token:
    """For a part of a building ("the upper floor of the hospital"), the building."""
    if lemma(noun) not in lx.PART_OF_BUILDING:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.pos_ in NOUNS else noun


def _a_few_named(noun: Token) -> bool:
    """ "the owners", "its crew", "the driver": people picked out (definite), of no kind
    counted apart, or one person."""
    if _not_a_single(noun):
        return False  # "not a single civilian": none at all
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("no", "any") for c in noun.children)
    return definite and noun.pos_ == "NOUN" and (lemma(noun) not in lx.PERSON_NOUNS or noun.tag_ == "NN")


def _more_of(anchor: Token, noun: Token | None) -> bool:
    """ "four more bodies", "the last two bodies", "another 12 people": some added to a count,
    not the count."""
    after = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
    if after is not None and after.lower_ == "more":
        return True
    return noun is not None and any(c.lower_ in lx.INCREMENT_WORDS for c in noun.lefts)


def _within_a_counted_group(anchor: Token) -> bool:
    """A figure that describes some of a group the sentence counts: "At least 950 Palestinians,
    many of them militants but also scores of civilians"."""
    node = anchor
    for _ in range(4):
        if node.dep_ not in ("conj", "appos", "pobj", "prep", "cc") or node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ != "prep" and any(c.dep_ == "nummod" and c.like_num for c in node.children):
            return True
    return False


def _a_capacity(anchor: Token, verb: Token | None) -> bool:
    """ "licensed to carry 350 passengers", "can hold 400", "a capacity of 300", "14 trucks
    against a permitted nine"."""
    if anchor.head.lower_ == "of" and lemma(anchor.head.head) == "capacity":
        return True
    if any(c.dep_ == "amod" and lemma(c) in lx.PERMITTING_WORDS | {"maximum"} for c in anchor.children):
        return True  # "a permitted nine", "an allowed 150": the limit, not a count
    held = anchor.head if anchor.dep_ == "nummod" else anchor
    if held.dep_ == "pobj" and held.head.lower_ == "of" and lemma(held.head.head) == "capacity":
        return True  # "a capacity of 300 passengers"
    allowed = verb is not None and lemma(verb) in lx.HOLDING_VERBS and lemma(verb.head) in lx.PERMITTING_WORDS
    if held.dep_ == "pobj" and held.head.lower_ == "of" and lemma(held.head.head) == "maximum" and allowed:
        return True  # "allowed it to carry a maximum of 35 people" (not "was carrying a maximum of 35")
    if held.dep_ == "pobj" and held.head.lower_ == "for" and lemma(held.head.head) in lx.BUILT_FOR_VERBS:
        return True  # "the jail was designed for about 500 detainees": the room it has
    if held.dep_ == "attr" and any(c.dep_ == "nsubj" and lemma(c) == "capacity" for c in held.head.children):
        return True  # "its daily slaughter capacity is 2,000 head of cattle"
    if verb is not None and verb.dep_ in ("acl", "xcomp") and lemma(verb.head) == "capacity":
        return True  # "it has capacity to slaughter 1,400 head of cattle a day"
    if verb is None or lemma(verb) not in lx.HOLDING_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children):
        return True
    if verb.dep_ in ("xcomp", "advcl") and lemma(verb.head) in lx.PERMITTING_WORDS:
        return True
    # ("its certificate allowed it to carry 60 passengers": the parser may take the "it" for
    # the carrier, and the carrying for a clause of its own; not "the owner had allowed him to
    # carry 120 that day")
    return verb.dep_ == "ccomp" and lemma(verb.head) in lx.PERMITTING_WORDS and any(
        c.dep_ == "nsubj" and lemma(c) in lx.PERMIT_DOCUMENTS for c in verb.head.children
    )


def _room_for_people(anchor: Token, verb: Token | None) -> bool:
    """Whether a capacity is of people a vessel may carry, as licensed or stated: "licensed to
    carry 60 passengers", "a capacity of 300 passengers", "its authorised passenger capacity was
    280" (not "can hold 400 tonnes"; nor "the boat could be carrying as many as 300", a guess at
    those aboard, or "a navy vessel that can carry 400", another craft; nor what a place was
    built for: "a school built for 300 pupils")."""
    if verb is not None and any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children):
        return False
    counted = anchor.head if anchor.dep_ == "nummod" else anchor
    built_for = counted.dep_ == "pobj" and counted.head.lower_ == "for"
    if built_for and lemma(counted.head.head) in lx.BUILT_FOR_VERBS:
        return False
    capacity = anchor.head.head if anchor.head.lower_ == "of" else anchor.head
    told = (*counted.children, *capacity.children)
    kinds = [counted, *(c for c in told if c.dep_ in ("compound", "nsubj"))]
    kinds += [c for k in kinds if lemma(k) == "capacity" for c in k.children if c.dep_ == "compound"]
    return any(lemma(k) in lx.PERSON_NOUNS or lemma(k) in ("people", "person") for k in kinds)


def _told_beside(anchor: Token) -> bool:
    """ "286 passengers were on board, together with 11 crew members": a count told beside
    the clause's own, of others."""
    counted = anchor.head if anchor.dep_ == "nummod" else anchor
    with_ = counted.head
    crew = lemma(counted) == "crew" or any(
        c.dep_ == "compound" and lemma(c) == "crew" for c in counted.children
    )
    return (
        crew  # (not "killed 14 civilians together with 5 soldiers": the same harm)
        and counted.dep_ == "pobj"
        and with_.lower_ == "with"
        and (any(c.lower_ in ("together", "along") for c in with_.children) or with_.head.lower_ == "along")
    )


def _a_share_by_place(anchor: Token) -> bool:
    """ "six deaths had been confirmed, four on Lifuka and two on Foa": a bare number set after
    the clause's count with a place of its own, that count's share there (the count is the
    claim; its shares are no other count of the whole)."""
    return bool(_totals_shared_out(anchor))


def _totals_shared_out(anchor: Token) -> list[Token]:
    """The counts (their numbers) a share by place is a share of; none if `anchor` is no such
    share."""
    first = anchor
    while first.dep_ == "conj" and first.head.like_num:
        first = first.head
    # (not "arrested 300 in Paris, according to the ministry, and 120 in Lyon": a count of its own)
    if not anchor.like_num or first.dep_ not in ("npadvmod", "appos") or not _placed_by_name(anchor):
        return []
    totals = [t for t in first.head.subtree if t.like_num and t.dep_ == "nummod" and t.i < first.i]
    if not totals and any(p.lower_ == "of" and _of_them(p) for p in first.children):
        # "at least 11 people had been killed by Cyclone Ianeta, five of them in the village of
        # Sataua": the parser hangs the share on the last noun; "of them" is of the count before
        totals = [t for t in first.sent if t.like_num and t.dep_ == "nummod" and t.i < first.i][-1:]
    # (not "six deaths in Gaya, five in Aurangabad": a list of counts, each of its own place)
    return [] if any(_placed_by_name(total.head) for total in totals) else totals


def _placed_over(claim: Claim, shared_over: frozenset[str], ctx: ArticleContext) -> Claim:
    """A count told with its shares by place, placed as a count of them all: where the
    article's scene is, not at the first share's place."""
    places = tuple(p for p in claim.places if p not in shared_over)
    if places:
        return replace(claim, places=places)
    scene = tuple(dict.fromkeys(map(place_key, ctx.scene)))
    return replace(claim, places=scene, article_place=place_key(ctx.main_place))


def _places_of_its_shares(anchor: Token) -> frozenset[str]:
    """ "six deaths had been confirmed, four on Lifuka and two on Foa", "at least 11 killed,
    five of them in the village of Sataua": the places a count is shared out over; the count
    is of all of them, not of the first one named."""
    return frozenset(
        place_key(named.text.lower())
        for share in anchor.sent
        if share.i > anchor.i and share.like_num and anchor in _totals_shared_out(share)
        for p in share.children
        if p.dep_ == "prep" and p.lower_ in ("in", "on", "at")
        for o in p.children
        for named in (o, *_named_in_its_kind(o))
        if named.pos_ == "PROPN"
    )


def _named_in_its_kind(place: Token) -> list[Token]:
    """ "the village of Sataua": the name after a kind of place."""
    return _objects_of(place, "of") if lemma(place) in lx.PLACE_KIND_WORDS else []


def _a_permission(verb: str, obj: Token) -> bool:
    """ "authorised the boat to leave", "the rally was not authorised", "had permission", "received
    a permit": whether a trip or a gathering was allowed (not "authorised the government to
    borrow $500 million")."""
    if verb in ("authorise", "authorize"):
        return lemma(obj) in PERMITTED_THINGS
    return verb in ("have", "receive", "get", "obtain", "grant", "give", "hold", "issue") and lemma(obj) in (
        "permission", "authorisation", "authorization", "permit"
    )


# What a trip's or a gathering's permission is asked for: "the rally was not authorised", "had not
# authorised the boat to leave".
PERMITTED_THINGS = lx.VESSELS | frozenset(
    "rally march protest demonstration gathering meeting departure trip voyage sailing".split()
)


# Words a sentence of fire across a border has: what is fired, or the firing.
FIRE_WORDS = lx.FIRED_MUNITIONS | lx.FIRING_VERBS


def _fire_told(verb: Token) -> tuple[Token | None, Token | None] | None:
    """(what was fired, what it fell on or was fired at) when `verb` tells of fire landing on a
    place ("shells fell on the village", "mortar shells which fell on the village") or fired
    into one ("did not fire into the Cambodian territory", "shelled the village of Moulhoule"),
    or of people it killed ("four villagers were killed by the shells of the Nigerian army")."""
    if verb.pos_ != "VERB":
        return None
    if lemma(verb) in ("kill", "injure", "wound", "hurt") and _happened(verb):
        by = next((o for o in _agents(verb) if _a_munition(o)), None)
        return (by, None) if by is not None else None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "fired mortar shells which fell on the village"
    fired = subject if subject is not None and _a_munition(subject) else None
    landed = lemma(verb) in lx.LANDING_VERBS and fired is not None
    # (on the verb, or on what was fired: "did not fire a single rocket toward Thai territory";
    # fired "in" a side's land only: not "launched a campaign in Phnom Penh"; but a shell that
    # "fell in Ethiopia" fell there)
    toward = [o for w in (verb, *objects) for p in w.children
              if p.dep_ == "prep" and p.lower_ in lx.FIRED_TOWARD
              for o in p.children if o.dep_ == "pobj" and _ground(o)
              and (landed or p.lower_ not in ("in", "inside") or lemma(o) in lx.LAND_WORDS)]
    if landed:
        target = toward[0] if toward else next((o for o in objects if _ground(o)), None)
        return (fired, target) if target is not None else None
    if lemma(verb) in lx.FIRING_VERBS or lemma(verb) == "use":
        munition = next((o for o in objects if _a_munition(o)), None) or fired
        nothing_fired = lemma(verb) in ("launch", "lob", "use") or lemma(verb) == "fire" and bool(objects)
        if munition is None and nothing_fired:
            return None  # ("launched a vaccination campaign", "fired tear gas"): nothing a side fires across
        if lemma(verb) == "shell" and not toward:
            # (what is shelled is a place, whatever the model takes its name for: "shelled Qanafez";
            # not a group: "shelled Hezbollah")
            named = [o for o in objects if o.pos_ == "PROPN" and o.ent_type_ not in ("ORG", "NORP")]
            toward = [o for o in objects if _ground(o)] or named
        if not toward and munition is not None and _negated(verb) and _none_at_all(munition, verb):
            # "our forces did not fire any shell", "they did not use the artillery at any moment":
            # none fired anywhere, so none on the other side's ground
            return munition, None
        return (munition, toward[0]) if toward else None
    return None


def _none_at_all(munition: Token, verb: Token) -> bool:
    """ "did not fire any shell", "not a single round", "did not use the artillery at any
    moment": none fired at all (not "did not fire the shells that hit the market")."""
    anytime = any(p.dep_ == "prep" and any(d.lower_ == "any" for o in p.children for d in o.children)
                  for p in verb.children)
    single = any(c.lower_ in ("any", "single", "one") for c in munition.children)  # (its verb denied)
    return _says_none(munition) or single or anytime


def _a_munition(noun: Token) -> bool:
    """ "shells", "artillery shells", "the Thai artillery", "a BM-21 rocket", "mortar rounds" (a
    common noun: not "Shell fell 2 percent")."""
    if noun.pos_ != "NOUN":
        return False
    return lemma(noun) in lx.FIRED_MUNITIONS or lemma(noun) == "round" and any(
        lemma(c) in lx.FIRED_MUNITIONS for c in noun.children if c.dep_ in ("compound", "amod")
    )


def _ground(noun: Token) -> bool:
    """A place fire may fall on: "the village of Kouk Sralau", "Cambodian territory", "Thai soil"."""
    return lemma(noun) in lx.FIRED_ON_PLACES or noun.pos_ == "PROPN" and noun.ent_type_ in ("GPE", "LOC", "")


def _whose_ground(
    munition: Token | None, target: Token | None, verb: Token, speaker: Speaker, ctx: ArticleContext
) -> str:
    """Whose ground the fire fell on: the country its words name ("Cambodian territory"), or not
    the firer's ("Thai artillery shells", "shells of the Nigerian army", "a rocket from the
    Cambodian side", "our forces": the speaker's, "the enemy": the other side); "" if neither."""
    aimed = list(target.subtree) if target is not None else []
    ground = nationality_in([t.lower_ for t in aimed])
    if ground:
        return ground
    firing = [*(munition.subtree if munition is not None else ())]
    if munition is None or munition.dep_ != "pobj":  # (not "four villagers were killed by ...")
        firing += [t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    if verb.dep_ == "relcl":  # ("the Iranian side fired mortar shells which fell on the village")
        firing += [t for c in verb.head.head.children if c.dep_ == "nsubj" for t in c.subtree]
    firer = _whose_side([t for t in firing if t.i not in {w.i for w in aimed}], speaker, ctx)
    if firer.startswith("not "):
        return firer.removeprefix("not ")  # (the enemy's fire fell on the teller's own ground)
    # (the other side's ground only where the report names another country: not "Myanmar's
    # military shelled the town of Myawaddy", its own)
    return f"not {firer}" if firer and _another_state_named(firer, ctx) else ""


def _another_state_named(state: str, ctx: ArticleContext) -> bool:
    """Whether the report tells of a fight between `state` and another: it names another state,
    by its name or its people's ("Cameroonian"), or tells of fighting with `state` as the other
    side ("the quarters touched by the fightings of Tuesday with the Nigerian army")."""
    if any(place in STATES and place != state for place in ctx.region):
        return True
    text = "\n".join(seg.text for seg in ctx.article.segments)
    words = {w.strip(".,;:'\"()").lower() for w in text.split()}
    if any((named := nationality_in([w])) is not None and named != state for w in words if w):
        return True
    return any(nationality_in(m.group(1).lower().split()) == state for m in FIGHT_WITH.finditer(text))


# Fighting told with a side named as the other: "the fightings of Tuesday with the Nigerian army".
FIGHT_WITH = re.compile(
    r"\b(?:fight|clash|battle|combat|war|skirmish)\w*(?:\s+of\s+\w+)?\s+with\s+(?:the\s+)?(\w+(?:\s+\w+)?)",
    re.IGNORECASE,
)


def _whose_side(words: list[Token], speaker: Speaker, ctx: ArticleContext) -> str:
    """The side that words name as one who acts: by its country ("the Thai artillery", "the
    soldiers of the Cambodia", "the RCAF" where the report spells it out), "our forces" (the
    teller's), or "the enemy" (not the side whose martyrs the report mourns: "not eritrea")."""
    lowered = [t.lower_ for t in words]
    side = nationality_in(lowered) or next((ctx.acronyms[w] for w in lowered if w in ctx.acronyms), None)
    if side is None and any(lemma(t) in lx.ENEMY_NOUNS for t in words):
        return ctx.enemy or (f"not {ctx.own_side}" if ctx.own_side else "")
    if side is None and "our" in lowered:
        side = nationality_in(speaker.side.split()) or ctx.own_side
    return side or ""


ACCUSING_VERBS = frozenset(["accuse", "blame"])
# The verbs a fight is said to be started by: "opened fire", "started the clash", "fired first".
STARTING_WORDS = lx.STARTING_VERBS | frozenset(["open", "fire", "attack", "shoot"])


def _starter(verb: Token) -> Token | None:
    """Who is said to have started it: the subject, the doer of a passive ("the first shots were
    fired by Cambodian troops"), the one accused ("accused Thai forces of opening fire first")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for"):
        held = verb.head.head  # (the one accused, or the accusing verb the parser hangs "of" on)
        if lemma(held) in ACCUSING_VERBS:
            return next((c for c in held.children if c.dep_ == "dobj"), None)
        if held.dep_ == "dobj" and lemma(held.head) in ACCUSING_VERBS:
            return held
    # ("armed men crossed the river and attacked an outpost": the first verb's subject)
    subject = shared_subject(verb, ("nsubj",))
    return subject or next(iter(_agents(verb)), None) or _noun_just_before(verb)


def _noun_just_before(verb: Token) -> Token | None:
    """The noun phrase just before a verb the model gave no subject: "in the night toward 22h15
    the troops of the Thai army have opened the fire" (the troops, read as the time's)."""
    first = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))], key=lambda t: t.i)
    if first.i == verb.sent.start:
        return None
    before = verb.doc[first.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return None
    while before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.pos_ in ("NOUN", "PROPN"):
        before = before.head.head  # ("the troops of the Thai army")
    return before


# What a teller refutes: a claim, "the disinformation that ...".
REFUTED_NOUNS = lx.CLAIM_NOUNS | frozenset(["disinformation", "lie"])


def _told_as_false(verb: Token) -> bool:
    """ "refutes the disinformation ... that the Armenian units opened fire first": a clause of a
    claim its teller denies."""
    claims = [a for a in list(verb.ancestors)[:5] if lemma(a) in REFUTED_NOUNS]
    # (however deep the model hangs the clause: "the disinformation which is spreading ... about
    # that the Armenian units opened fire first")
    return any(c.dep_ == "dobj" and lemma(c.head) in lx.DENIAL_VERBS for c in claims)


def _in_the_clause_of(word: Token, verb: Token) -> bool:
    """Whether `word` hangs on `verb` through no other verb (not in a clause of its own)."""
    node = word.head
    while node.i != verb.i:
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return True


def _fight_started(verb: Token) -> bool:
    """ "opened (the) fire on our positions", "started the attack", "provoked the clash", "fired
    first", "attacked our positions" (not "police opened fire on protesters", "gunmen opened fire
    in a mall": no side's forces fired on)."""
    if verb.pos_ != "VERB" or lemma(verb) not in STARTING_WORDS or _hedged(verb):
        return False  # (most verbs: no need to walk the clause)
    objects = [lemma(c) for c in verb.children if c.dep_ == "dobj"]
    first = any(c.lower_ == "first" and c.dep_ == "advmod" for c in verb.children)
    if lemma(verb) == "open" and "fire" in objects:
        return first or _fired_on_forces(verb)
    first_shots = any(
        c.dep_ in ("dobj", "nsubjpass") and lemma(c) == "shot"
        and any(a.lower_ == "first" for a in c.children)
        for c in verb.children
    )
    if lemma(verb) == "fire" and first_shots:
        return True  # "fired the first shots", "the first shots were fired by Cambodian troops"
    if lemma(verb) in lx.STARTING_VERBS and any(o in lx.STARTED_FIGHTS for o in objects):
        return True
    if lemma(verb) == "attack" and _attacked_the_tellers_posts(verb):
        return True  # "attacked the positions of our forces", "attacked a frontier outpost"
    return lemma(verb) in ("fire", "attack", "shoot") and first


def _attacked_the_tellers_posts(verb: Token) -> bool:
    """ "attacked the positions of our forces", "attacked its positions", "attacked a frontier
    outpost": an attack on the teller's own posts or on a border post, which says who began it
    (not "attacked the Cambodian positions in response", "jets attacked military positions":
    one act in a fight begun already)."""
    if lx.IN_RESPONSE.search(text_of(verb.sent)):
        return False
    for post in (c for c in verb.children if c.dep_ == "dobj" and lemma(c) in lx.FORCES_FIRED_ON):
        owners = [c for c in post.children if c.dep_ == "poss"]
        owners += [c for o in _objects_of(post, "of") for c in o.children if c.dep_ == "poss"]
        if any(o.lower_ in ("our", "its", "their") for o in owners):
            return True
        if any(lemma(t) in ("frontier", "border") for t in post.subtree if t.i < post.i):
            return True  # ("a frontier outpost", "a border guard post")
    return False


def _fired_on_forces(verb: Token) -> bool:
    """ "opened fire on our positions", "toward the temporary base of the Thai Ranger" (wherever
    the model hangs it in the clause: "opened fire with the RPG on the Thai patrol")."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("on", "at", "upon", "toward", "towards", "against")
        and _in_the_clause_of(p, verb)
        and any(lemma(o) in lx.FORCES_FIRED_ON for o in p.children)
        for p in verb.subtree
    )


def _placed_by_name(word: Token) -> bool:
    """ "four on Lifuka", "six deaths in Gaya": a count with a named place of its own."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("in", "on", "at")
        and any(n.pos_ == "PROPN" for o in p.children for n in (o, *_named_in_its_kind(o)))
        for p in word.children
    )


def _treated_there(anchor: Token) -> bool:
    """ "two dozen wounded people are being treated at clinics": those one place treats."""
    return any(t.dep_ == "nsubjpass" and lemma(t.head) in lx.CARE_VERBS for t in anchor.ancestors)


def _kin(noun: Token | None) -> bool:
    """ "whose brother and two nephews were killed", "her three children": one family's dead,
    a part of the toll."""
    return noun is not None and (
        lemma(noun) in lx.KIN_NOUNS
        or lemma(noun) in lx.CHILD_NOUNS
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "whose", "my") for c in noun.children)
    )


def _may_come_to(verb: Token | None) -> bool:
    """ "the toll may rise to 500", "unemployment might reach 12 percent", "could exceed 2
    million by the end of the year": what may come, not what is."""
    if verb is None or not (lemma(verb) in lx.TALLY_VERBS or lemma(verb) in lx.CEILING_VERBS):
        return False
    # "we could see this fire reach 50,000 hectares": the modal is the seeing's (not "could
    # confirm that the toll had risen to 40")
    seen = verb.dep_ in ("ccomp", "xcomp") and verb.tag_ == "VB" and lemma(verb.head) in ("see", "witness")
    verbs = [verb, verb.head] if seen else [verb]
    return any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for v in verbs for c in v.children)


def _what_raised_it(verb: Token | None) -> bool:
    """ "has risen to 34, after three patients died of their wounds": the three are what the
    toll grew by, a part of it."""
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "as")
                                                       for c in verb.children):
        return False
    # "has risen to 34, after ...", "15 killed, up from 12 announced earlier, after ..."
    return lemma(verb.head) in lx.TALLY_VERBS or bool(lx.RISEN_FROM.search(text_of(verb.sent)))


def _included(anchor: Token) -> bool:
    """ "the list included two people who died of heart attacks": some of what was counted."""
    verb = governing_verb(anchor)
    if verb is None or lemma(verb) not in ("include", "comprise", "contain"):
        return False
    if anchor.dep_ == "nummod" and _names_on_a_passenger_roll(anchor.head):
        return False  # "the passenger list contained 31 names": all on it
    # (not "contained approximately 120 kilograms of cyanide in total": all of it)
    return not any(
        t.lower_ == "altogether"
        or t.lower_ in ("total", "all") and t.dep_ == "pobj" and t.head.lower_ == "in"
        for t in verb.subtree
    )


def _all_there_are(whole: Token) -> bool:
    """ "the four kilns", "its 310 scheduled flights": all the things there are, numbered (not
    "the 20 wounded", a count of its own that others may join)."""
    # ("of the 337,420 registered voters", "of its 4,200 registered dockworkers": all on a roll)
    on_a_roll = any(c.dep_ == "amod" and c.lower_ in lx.ROLL_WORDS for c in whole.children)
    return (
        whole.dep_ == "pobj"
        and any(c.dep_ == "nummod" for c in whole.children)
        and lemma(whole) not in lx.NOUN_MEASURES
        and (_a_thing(whole) or on_a_roll)
        and whole.ent_type_ not in ("NORP", "PERSON")
    )


def _one_by_one(anchor: Token) -> bool:
    """ "one by one", "two by two", "... by one": how they came, not how many."""
    doc, word = anchor.doc, anchor.lower_
    after = anchor.i + 2 < len(doc) and doc[anchor.i + 1].lower_ == "by" and doc[anchor.i + 2].lower_ == word
    before = anchor.i >= 2 and doc[anchor.i - 1].lower_ == "by" and doc[anchor.i - 2].lower_ == word
    return after or before


def _one_in(anchor: Token) -> bool:
    """ "one school in three", "one in five teachers", "nine out of ten drivers": both numbers
    make a share ("five out of seven passengers" counts five of a known seven)."""
    sent = anchor.sent
    if anchor.i >= 3 and _out_of_a_round_ten(anchor.doc[anchor.i - 3]):
        return True  # the ten, in any case
    if anchor.i >= 2 and anchor.nbor(-1).lower_ == "in" and _out_of_a_round_ten(anchor.doc[anchor.i - 2]):
        return True  # the ten of "seven in ten"
    if _out_of_a_round_ten(anchor):
        # the nine of "nine out of ten drivers walked out" are a share; "seven out of ten
        # passengers died" were seven of the ten aboard
        verb = governing_verb(anchor)
        return verb is None or lemma(verb) not in lx.PEOPLE_VERBS
    if anchor.lower_ == "one":
        return any(
            t.lower_ == "in" and t.i + 1 < sent.end and t.nbor(1).like_num for t in anchor.head.subtree
        )
    if anchor.i >= sent.start + 2 and anchor.nbor(-1).lower_ == "in" and anchor.nbor(-2).lower_ == "one":
        return True  # "one in five teachers"
    return anchor.head.lower_ == "in" and anchor.head.i > sent.start and any(
        t.lower_ == "one" for t in sent.doc[max(sent.start, anchor.head.i - 3) : anchor.head.i]
    )


ROUND_BASES = ("ten", "10", "hundred", "100", "five", "four", "three")  # ("one in five nurses")


def _out_of_a_round_ten(part: Token) -> bool:
    """ "nine out of ten", "85 out of 100", "seven in ten": a share of a round base."""
    doc = part.doc
    if not part.like_num or part.i + 2 >= len(doc):
        return False
    if doc[part.i + 1].lower_ == "in" and doc[part.i + 2].lower_ in ROUND_BASES:
        return True
    if part.i + 3 >= len(doc):
        return False
    out, of, base = doc[part.i + 1], doc[part.i + 2], doc[part.i + 3]
    return out.lower_ == "out" and of.lower_ == "of" and base.lower_ in ROUND_BASES


def _base_of_a_share(anchor: Token) -> bool:
    """ "about 950 of the plant's 1,100 employees laid down their work", "about 90 percent of the
    division's 820 officers", "half of its 600 workers": the 1,100, the 820, the 600 (not "all
    of the plant's 1,100 employees": all there are)."""
    counted = anchor.head if anchor.dep_ == "nummod" else anchor
    of = counted.head
    share = of.head.like_num or of.head.lower_ in PARTS_OF_A_WHOLE
    return counted.dep_ == "pobj" and of.lower_ == "of" and share and of.head.i < anchor.i


def _the_share_of(base: Token, by_number: Mapping[int, tuple[Figure, list[Token]]]) -> Figure | None:
    """The people a percentage of a counted whole makes: "90 percent of the division's 820
    officers" -> about 738 (None when the share is no percentage: "950 of the plant's 1,100")."""
    counted = base.head if base.dep_ == "nummod" else base
    part = counted.head.head  # ("percent" of "90 percent of ...")
    if part.lower_ not in ("percent", "cent", "%"):
        return None
    told = [t for t in (part, *part.children) if t.i in by_number]  # (the figure hangs on either)
    pct = by_number[told[0].i][0] if told else None
    whole = by_number[base.i][0] if base.i in by_number else None
    if pct is None or whole is None or pct.low is None or whole.low is None:
        return None
    high_pct = pct.high if pct.high is not None else pct.low
    high_whole = whole.high if whole.high is not None else whole.low
    low, high = pct.low * whole.low / 100, high_pct * high_whole / 100
    return Figure(float(round(low)), float(round(high)), "about", "", f"{pct.text} of {whole.text}")


# Words for a part of a whole counted after "of": "90 percent of its 820 officers".
PARTS_OF_A_WHOLE = frozenset(
    "percent cent % half third quarter majority most two-thirds three-quarters".split()
)


def _one_of_the_most(anchor: Token) -> bool:
    return anchor.lower_ == "one" and any(
        prep.lower_ == "of" and any(t.tag_ == "JJS" or t.lower_ in ("most", "worst") for t in prep.subtree)
        for prep in anchor.children
    )


def _some_of(anchor: Token, counted_before: bool = True) -> bool:
    """ "four of the wounded died", "Of these, up to 385 were lost": some of a group counted
    elsewhere, not all of it."""
    sent = anchor.sent
    if sent.start + 1 < sent.end and sent[0].lower_ == "of" and sent[1].lower_ in ("these", "them", "those"):
        return True
    if anchor.i >= sent.start + 2 and anchor.nbor(-2).lower_ == "of" and anchor.nbor(-1).lower_ in (
        "these",
        "them",
        "those",
    ):
        return True  # "34 people were injured, of them 11 remain in hospital"
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == anchor.i + 1:  # not ", of them 11"
            for whole in prep.children:
                if _all_there_are(whole):
                    continue  # "shut down two of the four kilns": two, of all it has
                if _the_enemy(whole):
                    continue  # "killed 25 of the enemy elements": that many enemies, no part of a count
                if lemma(whole) in lx.POPULATION_NOUNS and not counted_before:
                    # "martyred nine of the citizens": the people it befell (not "Gunmen killed
                    # 15 people. Nine of the residents were killed in their homes": some of them)
                    continue
                if whole.dep_ == "pobj" and (
                    whole.lower_ in ("them", "these", "those")
                    or any(c.lower_ in ("the", "these", "those") and c.dep_ == "det" for c in whole.children)
                ):
                    return True
    return False


def _depicted(noun: Token) -> bool:
    """ "photographs of 11 men", "the names of 30 victims": people shown or named, whom the
    verb does not act on."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return holder is not None and lemma(holder) in lx.RECORDING_MEDIA | {"name", "portrait"}


def _the_side_that_mourns(docs: list[Doc]) -> str | None:
    """The country of the forces a report that mourns martyrs first quotes: "The Media Office of
    the General Command of the Libyan Arab Armed Forces has declared ...", then "the General
    Command mourns three martyrs": a side calls only its own dead so."""
    martyrs = [t for doc in docs for t in doc if lemma(t) in lx.MARTYR_WORDS]
    if not any(t.pos_ == "NOUN" for t in martyrs):
        return None
    # (the first reporting verb's subject)
    tellings = (v for doc in docs for v in doc if v.pos_ == "VERB" and lemma(v) in lx.REPORT_VERBS)
    teller = next((c for v in tellings for c in v.children if c.dep_ == "nsubj"), None)
    if teller is None:
        return None
    words = list(teller.subtree)
    if not any(lemma(t) in lx.FORCES_NOUNS or lemma(t) in ("command", "ministry") for t in words):
        return None  # (the first teller is no side's forces: the report's own voice is not known)
    # (and it is the one that mourns: "the General Command mourns three martyrs", not "the PKK
    # said it mourns seven martyrs" after the Turkish ministry's words)
    named = {t.lower_ for t in words if t.pos_ in ("PROPN", "NOUN")}
    mourners = (c for t in martyrs for c in t.head.children
                if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN"))
    if not any(c.lower_ in named for c in mourners):
        return None
    return nationality_in([t.lower_ for t in words])


def _the_reports_country(ctx: ArticleContext, docs: list[Doc]) -> str | None:
    """The country a report of a fight between two countries speaks from: its title's teller
    ("Azerbaijan says two more soldiers died of wounds") or the country its outlet is named for
    ("Yerevan Daily Monitor"), unless the report names another country's forces or ministries
    ("Azerbaijan's defence ministry said", in Yerevan's report), whose "the ministry" it may
    then quote too."""
    if {"war", "attack"}.isdisjoint(ctx.topics):
        return None
    # (two countries' forces or ground told of: "Azerbaijani soldiers", "Armenian losses",
    # "Djiboutian territory"; not an army's fight with armed groups, told by its general staff
    # and by others alike)
    fighting = {
        country
        for doc in docs for t in doc if lemma(t) in FIGHTING_SIDE_NOUNS
        for c in t.children if c.dep_ in ("poss", "amod", "compound")
        and (country := nationality_in([c.lower_]))
    }
    if len(fighting) < 2:
        return None
    teller = TITLE_TELLER.match(ctx.article.title)
    told = country_in(teller.group(1).lower().replace("'s", "").split()) if teller else None
    home = told or _outlet_country(ctx)
    if home is None or home not in fighting:
        return None  # ("Russia says Armenia and Azerbaijan agree to truce": no side of the fight)
    # (whose forces or ministries the report names: "Azerbaijan's defence ministry", "the
    # Ministry of Defence of Azerbaijan", "the ministry in Baku")
    owners = {
        country
        for doc in docs for t in doc
        if lemma(t) in lx.MILITARY_VOICE_WORDS and t.pos_ in ("NOUN", "PROPN")
        for c in (*t.children, *(o for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                                 for o in p.children if o.dep_ == "pobj"))
        if c.dep_ in ("poss", "amod", "compound", "pobj")
        and (country := nationality_in([c.lower_]) or country_of_capital(c.lower_))
    }
    return home if owners <= {home} else None


# What a side in a fight between countries has: "Armenian losses", "Eritrean positions".
FIGHTING_SIDE_NOUNS = lx.FORCES_NOUNS | frozenset("loss unit shell artillery position territory soil".split())
# A title that says who tells it: "Azerbaijan says ...", "Chad's army denies ...".
TITLE_TELLER = re.compile(
    r"^\s*((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:says|said|claims|denies|accuses|reports|insists|rejects)\b"
)


def _the_enemy_named(docs: list[Doc]) -> str | None:
    """The one country a report calls "the enemy" by its name in its own voice: "the aggression
    of the Nigerian enemy forces" (a one-sided outlet's; not "Russia said it had repelled the
    Ukrainian enemy", nor "the junta calls France 'the French enemy'": someone else's words)."""
    # (its phrase: "the Nigerian enemy", "the Nigerian enemy forces")
    phrases = [
        [*t.children, *(t.head.children if t.dep_ in ("amod", "compound") else ())]
        for doc in docs for t in doc if lemma(t) in lx.ENEMY_NOUNS and _in_the_reports_voice(t.sent)
    ]
    named = {
        country
        for phrase in phrases for c in phrase if c.dep_ in ("amod", "compound")
        if (country := nationality_in([c.lower_]) or country_in([c.lower_]))
    }
    return named.pop() if len(named) == 1 else None


def _whose_losses(verb: Token) -> list[Token]:
    """The words that say whose losses a verb's subject is: "Eritrean" of "Eritrean losses now
    stood at 45 dead"."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":  # ("had been revised upwards and stood at 50")
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    losses = next((c for c in subjects if lemma(c) == "loss"), None)
    if losses is None:
        return []
    return [c for c in losses.children if c.dep_ in ("amod", "compound", "poss")]


def _losses_put_at(soldiers: Token, verb: Token) -> bool:
    """ "Armenian losses had been revised upwards and stood at no fewer than 50 servicemen": a
    side's losses counted in soldiers are its dead, as a fight's reports tell them (not losses
    "in killed and wounded", "including the wounded", "of whom 20 were killed")."""
    # ("amounted to one soldier killed and four wounded": the killed ones, told as such)
    killed = any(c.dep_ in ("acl", "amod") and lemma(c) in ("kill", "die") for c in soldiers.children)
    return (
        soldiers.dep_ == "pobj" and soldiers.head.lower_ in ("at", "to") and soldiers.head.head.i == verb.i
        and bool(_whose_losses(verb))
        and (killed or not any(lemma(t) in OTHER_LOSSES or t.lower_ in ("whom", "including")
                               for t in soldiers.sent))
    )


# Losses other than the dead a count of losses may take in: "losses in killed and wounded".
OTHER_LOSSES = frozenset("wound wounded injure injured injury missing capture captured prisoner".split())


def _both_sides_dead(soldiers: Token, frame: Frame | None) -> bool:
    """Whether soldiers counted with no side are both sides' of a fight "between" two countries
    ("seven soldiers were killed in fighting on the border between Armenia and Azerbaijan"):
    more than one, told by neither side (not "two soldiers were killed in clashes on the border
    between Armenia and Azerbaijan, Armenia's defence ministry said": its own), nor told
    beside "talks between" them."""
    count = next((c for c in soldiers.children if c.dep_ == "nummod"), None)
    if count is not None and count.lower_ in ("one", "1", "a"):
        return False
    teller = nationality_in(frame.speaker.side.split()) if frame is not None else None
    for between in (t for t in soldiers.sent if t.lower_ == "between" and t.dep_ == "prep"):
        # ("between Armenia and Azerbaijan", "between Djiboutian and Eritrean troops")
        sides = {side for t in between.subtree if (side := nationality_in([t.lower_]))}
        fight = lemma(between.head) in lx.FIGHT_PLACES
        if len(sides) == 2 and fight and teller not in sides:
            return True
    return False


def _the_side_of_its_martyrs(docs: list[Doc], acronyms: Mapping[str, str]) -> str | None:
    """The one country whose dead a report calls martyrs ("three servicemen of the Azerbaijan
    Army became the shehids", "four soldiers of the FAD fell as the martyrs", after "the
    Djiboutian Armed Forces (FAD)"): a side calls only its own dead so, and "the enemy" in its
    report is whoever it fights."""
    # (the word for the dead, not the verb: "the Malian army martyred nine citizens" is the
    # enemy's doing)
    martyrs = [t for doc in docs for t in doc if t.pos_ == "NOUN" and lemma(t) in lx.MARTYR_WORDS]
    # (the clause that tells of them: not "... rose to four and the ministry denies the
    # allegations of the Moroccan side", a clause joined to it)
    named: set[str] = set()
    for clause in (_own_clause(t) for t in martyrs):
        # (not the people of those who killed them: "the martyrs of the Israeli occupation's strikes")
        words = [t for t in clause if lemma(t.head) not in lx.AGGRESSION_NOUNS]
        # (by a short name, only the forces the dead were of: "four soldiers of the FAD", not
        # "when EDF troops shelled our positions")
        owners = (t for t in words if _a_short_name(t) and t.lower_ in acronyms and t.dep_ == "pobj"
                  and t.head.lower_ == "of" and lemma(t.head.head) in lx.FORCES_NOUNS)
        country = nationality_in([t.lower_ for t in words]) or next(
            (acronyms[t.lower_] for t in owners), None
        )
        if country:
            named.add(country)
    return named.pop() if len(named) == 1 else None


def _own_clause(word: Token) -> list[Token]:
    """The words of the clause `word` is in, without the clauses joined to it ("and the ministry
    denies ...")."""
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), word.sent.root)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # ("remember with honour the sacrifice of the martyrs": the model's verb)
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "cc") and c.pos_ in ("VERB", "AUX", "CCONJ")
              for t in c.subtree}
    return [t for t in verb.subtree if t.i not in joined]


def _in_the_reports_voice(sent: Span) -> bool:
    """Whether a sentence is the report's own telling: no quotation and no one said to say it."""
    return not any(
        t.is_quote or t.pos_ == "VERB" and (lemma(t) in lx.REPORT_VERBS or lemma(t) == "call") for t in sent
    )


def _the_enemy(noun: Token, depth: int = 1) -> bool:
    """ "the enemy", "the enemy elements", "the invaders", "the attacking force", "the elements
    of the attacking force": the other side's fighters."""
    if lemma(noun) in lx.ENEMY_NOUNS or any(
        lemma(c) in lx.ENEMY_NOUNS for c in noun.children if c.dep_ in ("compound", "amod")
    ):
        return True
    if lemma(noun) in lx.FORCES_NOUNS and any(
        c.lower_ in ATTACKING_WORDS for c in noun.children if c.dep_ in ("compound", "amod")
    ):
        return True  # (told by the side attacked: its foe's)
    # ("the elements of the attacking force": its members; not "victims of the invading troops")
    members = lemma(noun) in FALLEN_FROM
    return depth > 0 and members and any(_the_enemy(o, depth - 1) for o in _objects_of(noun, "of"))


# What a side calls the force that attacked it: "the attacking force", "the invading troops".
ATTACKING_WORDS = frozenset(["attacking", "invading", "aggressor"])


def _a_group_of(anchor: Token) -> bool:
    """ "a group of about 50 protesters": some of them, not all."""
    node = anchor
    for _ in range(2):  # 50 <- protesters <- of <- group
        if node.head.lower_ == "of":
            return lemma(node.head.head) in ("group", "handful")
        node = node.head
    return False


def _all_of_them_there(place: Token) -> bool:
    """ "three deaths have been recorded, all of them at Lobito General Hospital": where the
    whole count was, not a facility's part of it."""
    return any(a.lower_ == "all" and any(p.lower_ == "of" for p in a.children) for a in place.ancestors)


def _a_share_word(word: Token) -> bool:
    """ "a quarter", "half", "two thirds", "40 percent" (of something)."""
    return word.lower_ in SHARE_WORDS or word.lower_ in PERCENT_TOKENS


def _counts_a_part(sent: Span, verb: Token | None, anchor: Token) -> bool:
    """ "In Jurm district alone", "one hospital alone", "at a single facility", "at the
    morgue": the count is of a part of what others count in whole (a hospital counts the
    dead it received), so it says only that the whole is no less. A facility counts the
    figures of its own clause (`verb`, the figure's): in "seven died in the attack while 11
    were treated at a military medical facility", the seven are the attack's; and a facility
    that holds others than `anchor`'s counted ("stood at five, with 18 still in hospital") none."""
    harm = verb is not None and lemma(verb) in HARM_VERBS
    for tok in sent:
        if tok.lower_ == "alone" and tok.dep_ == "advmod" and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
        if tok.lower_ == "total" and tok.i > sent.start and tok.nbor(-1).lower_ == "the" and any(
            t.lower_ == "of" and not (t.i > sent.start and _a_share_word(t.nbor(-1)) and not harm)
            for t in sent.doc[max(sent.start, tok.i - 3) : tok.i]
        ):
            # "of the total of deceased, 24 correspond to Caylloma", "killed 24, nearly half of
            # the total" (not "310 were closed, a quarter of the total": the whole count of
            # what was closed, told as a share of all schools)
            return True
        if tok.lower_ == "alone" and tok.i > sent.start and (
            tok.nbor(-1).pos_ in ("NOUN", "PROPN") or tok.nbor(-1).lower_ in lx.PLACE_KIND_WORDS
        ):
            return True  # ("in Pacitan sub-district alone": the parser may take "district" for an adjective)
        if (
            tok.lower_ in ("one", "single")
            and tok.head.pos_ == "NOUN"
            and tok.head.dep_ == "pobj"
            and tok.head.head.lower_ in ("at", "in")
            and lemma(tok.head) in lx.PART_NOUNS
        ):
            return True
        if _a_facility(tok) and not _where_it_struck(tok) and not _all_of_them_there(tok) and not (
            _with_others_there(tok, anchor)
        ) and (
            tok.dep_ == "pobj" and tok.head.lower_ in ("at", "in", "to")
            or tok.dep_ == "nsubj" and lemma(tok.head) not in lx.REPORT_VERBS
        ) and (verb is None or governing_verb(tok, steps=9) in (None, verb)):
            return True  # "died at the hospital", "its morgues had received 568 bodies"
        if _some_of_the_sites(tok) and (verb is None or governing_verb(tok, steps=9) in (None, verb)):
            return True  # "160 workers at the four Irish stores would lose their jobs"
    return False


def _with_others_there(place: Token, anchor: Token) -> bool:
    """ "the death toll stood at five, with 18 people still in hospital": the facility holds
    others the sentence counts beside, not the five dead (but the 18 are those there)."""
    for above in place.ancestors:
        if above.dep_ == "prep" and above.lower_ == "with":
            return not above.left_edge.i <= anchor.i <= above.right_edge.i
        if above.pos_ in ("VERB", "AUX"):
            return False
    return False


def _where_it_struck(place: Token) -> bool:
    """ "died in the fire at the hospital", "a blast at a clinic": the facility is where the
    event was, which struck all of those it counts (not "died at the hospital": those brought
    there)."""
    if place.dep_ != "pobj":
        return False
    over = place.head.head
    if over.pos_ == "NOUN":
        return lemma(over) in lx.TOPICS
    events = [o for c in over.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
              if o.dep_ == "pobj"]
    return any(lemma(o) in lx.TOPICS for o in events)


def _some_of_the_sites(tok: Token) -> bool:
    """ "workers at the four Irish stores", "staff at its Plauen plant": people counted at
    some of an employer's sites, named or numbered, not at all of them ("staff at its stores")."""
    if not (
        lemma(tok) in lx.SITE_NOUNS
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "at"
        and lemma(tok.head.head) in lx.PERSON_NOUNS
        and any(c.dep_ in ("nummod", "amod", "compound") and c.pos_ in ("NUM", "ADJ", "PROPN")
                for c in tok.lefts)
    ):
        return False
    # only jobs lost (not "twelve miners at the Kasompe mine were killed": the site is the event)
    people = tok.head.head
    losing = people.head if people.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    return losing is not None and (
        lemma(losing) in lx.CUT_VERBS
        or lemma(losing) == "lose" and any(lemma(c) in lx.JOB_NOUNS for c in losing.children)
        or lemma(losing) == "lay" and any(p.dep_ == "prt" and p.lower_ == "off" for p in losing.children)
    )


def _a_facility(tok: Token) -> bool:
    """ "the hospital", "the Jinnah Postgraduate Medical Centre": a place the dead and
    injured are counted one at a time."""
    if lemma(tok) in lx.FACILITY_NOUNS:
        return True
    if lemma(tok) in ("centre", "center", "post") and any(lemma(c) in ("health", "medical", "trauma")
                                                           for c in tok.lefts):
        return True  # "the Chivay health centre"
    return tok.pos_ == "PROPN" and bool(lx.FACILITY_NAME.search(" ".join(t.text for t in noun_phrase(tok))))


def _a_facility_speaks(speaker: str) -> bool:
    """ "Civil Hospital Karachi reported 19 deaths": a hospital counts the dead it received."""
    return bool(lx.FACILITY_NAME.search(speaker))


def _a_thing(noun: Token) -> bool:
    """Whether a counted noun names things, not people or their bodies."""
    return lemma(noun) not in lx.PERSON_NOUNS | lx.CIVILIAN_NOUNS | lx.MILITARY_NOUNS | {
        "people", "person", "body", "victim", "corpse", "dead", "coffin", "suspect", "gunman", "rebel"
    }


def _struck_there(sent: Span, frame: Frame) -> bool:
    """ "Three patients died in a fire that swept through the ward of a public hospital, the
    hospital's director said": the disaster struck the facility that counts, whose count is
    the whole."""
    told = [t for t in sent if t.i not in frame.span_ids]
    there = any(lx.FACILITY_NAME.fullmatch(t.lower_) for t in told)
    return there and not lx.DISASTER_TOPICS.isdisjoint(topics_of(told))


def _how_it_began(token: Token) -> bool:
    """Whether `token` is in a clause telling how something began ("The war began when
    Hamas-led militants attacked southern Israel, killing about 1,200 people"): background,
    not the news of the day."""
    node = token
    for _ in range(12):
        head = node.head
        if head.i == node.i:
            return False
        if (
            node.dep_ == "advcl"
            and lemma(head) in lx.ONSET_VERBS
            and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in node.children)
        ):
            return True
        node = head
    return False


def _away_from_work(verb: Token) -> bool:
    """ "did not come to work", "did not show up for duty", "stayed away from work": absent,
    which is how a strike's side often counts strikers. The "not" is part of what is counted;
    it denies nothing."""
    failed = next((c for c in verb.children if c.dep_ == "xcomp"), None) if lemma(verb) == "fail" else None
    if failed is not None and lemma(failed) in lx.ARRIVAL_VERBS:
        verb = failed  # "only 780 failed to report for their scheduled shifts": did not report
    # "from" may hang on "away"; "to work" may be parsed as the verb "work"
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for c in verb.children if c.lower_ == "away" for g in c.children if g.dep_ == "prep"]
    to_work = any(
        p.lower_ in ("to", "for", "from", "off")
        and any(g.dep_ == "pobj" and lemma(g) in lx.WORK_NOUNS for g in p.children)
        for p in preps
    ) or any(
        c.dep_ in ("advcl", "xcomp") and c.lower_ == "work" and any(g.lower_ == "to" for g in c.children)
        for c in verb.children
    )
    if not to_work:
        return False
    if lemma(verb) in ("stay", "keep"):
        return True
    return lemma(verb) in lx.ARRIVAL_VERBS and (_negated(verb) or failed is not None)


def _counted_subject(verb: Token) -> Token | None:
    """A verb's subject, or, when that is a number, the people it counts: "3,400 of the
    dockworkers stayed away", "11 of our passengers came home"."""
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (_of_what(who) or who) if who is not None and who.like_num else who


def _stayed_away(verb: Token) -> bool:
    """ "3,400 dockworkers stayed away", "97% of the doctors stopped (work)", in a report on a
    strike: from their work."""
    away = lemma(verb) in ("stay", "keep") and any(c.lower_ == "away" for c in verb.children)
    who = _counted_subject(verb)
    # (people who stopped, "97% of the doctors", not "12,000 trucks were stopped")
    whom = (_of_what(who) or who) if who is not None else None
    people = whom is None or lemma(whom) in lx.PERSON_NOUNS
    # (not those who "have since stopped and returned to work": their strike is over)
    ended = any(
        c.lower_ == "since" or c.dep_ == "conj" and lemma(c) in ("return", "resume") for c in verb.children
    )
    away = away or lemma(verb) == "stop" and people and not ended and all(
        c.dep_ not in ("dobj", "xcomp", "ccomp", "auxpass") or lemma(c) in lx.WORK_NOUNS
        for c in verb.children
    )
    # (pupils or fans who stayed away are no strikers)
    not_workers = who is not None and lemma(who) in lx.NOT_WORKERS
    return away and not not_workers and not any(c.dep_ == "prep" for c in verb.children)


def _share_at_work(anchor: Token) -> bool:
    """ "60% of dockers reported for work", however the parser hangs "reported" (the clause's
    verb, or a reduced clause on the counted people: not "reported" as speech). Not a share of
    those who came and then did something else ("40% of workers who reported for work later
    joined the strike"), nor of police or customs officers on duty."""
    clause = next((a for a in anchor.ancestors if a.pos_ == "VERB"), None)
    on_them = [t for t in anchor.head.subtree if t.pos_ == "VERB" and t.dep_ == "acl"]
    struck = any(lemma(t) in ("join", "strike", "walk") for t in anchor.sent if t.pos_ == "VERB")
    # (of the share's own people: not "the second day of strike action by drivers and guards")
    share = anchor if anchor.lower_ in ("%", "percent") else anchor.head
    officers = any(lemma(t) in lx.FORCES_NOUNS for t in share.subtree if t.pos_ == "NOUN")
    if struck or officers:
        return False
    return any(_at_work(v) for v in ([clause] if clause is not None else []) + on_them)


def _at_work(verb: Token) -> bool:
    """ "reported for work", "turned up for their shift", "worked normally": at work on a strike
    day (not "did not report for work", which is _away_from_work)."""
    if _negated(verb):
        return False
    if lemma(verb) == "work":
        return any(c.dep_ == "advmod" and c.lower_ in ("normally", "as usual") for c in verb.children)
    if lemma(verb) not in ("come", "turn", "show", "report"):
        return False  # (not "went to work by car", nor "returned to work" when a strike ended)
    return for_work(verb)


# A share's bound, told of the rest: "nearly 60% worked" is a little over 40% who did not.
OTHER_SIDE = {"more_than": "less_than", "less_than": "more_than", "at_least": "less_than",
              "up_to": "at_least", "nearly": "more_than"}


def _the_rest(figure: Figure) -> Figure:
    """The share not counted by a share ("60% reported for work": 40% struck)."""
    low = None if figure.high is None else max(0.0, 100.0 - figure.high)
    high = None if figure.low is None else max(0.0, 100.0 - figure.low)
    qualifier = OTHER_SIDE.get(figure.qualifier, figure.qualifier)
    return replace(figure, low=low, high=high, qualifier=qualifier, text=f"the rest of {figure.text}")


def _negated(token: Token | None) -> bool:
    """ "did not", "never", "no plans", "no one was killed", "nobody died"."""
    if token is None:
        return False
    for child in token.children:
        if child.dep_ == "neg" and _rather_than(child):
            continue  # "more than 40 passengers, not the figure given by officials": not that figure
        if child.dep_ == "neg" or child.lower_ in ("never", "no", "nowhere"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and _nobody(child):
            return True
        if lemma(token) != "be" and _at_no_time(child):
            # "at no time did police fire", "police at no point used tear gas" (the parser may
            # hang it on the subject); not "at no point was ammunition used", read as a state
            return True
    if _clause_called_false(token):
        return True
    if _second_act_of_no_plan(token):
        return True
    if token.dep_ == "xcomp" and lemma(token.head) in ("have", "need") and _no_one_had_to(token.head):
        return True  # "no hospital has had to turn away a patient", "police did not have to use force"
    if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children
    ):
        # "no prison officials were harmed or taken hostage": the first verb's subject is
        # this one's too (not its "not": "did not stop and were fined")
        return any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in token.head.children)
    return False


def _rather_than(neg: Token) -> bool:
    """ "40 passengers, not the figure given": a "not" before what a noun is said instead of (an
    apposition after it), which denies that, not the noun."""
    if neg.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # ("390 would lose their jobs, not the number announced by the company": the figure it
    # sets aside, which the model may take for the verb's object)
    set_aside = neg.i > 0 and neg.doc[neg.i - 1].text == "," and lemma(neg.head) in lx.FIGURE_NOUNS
    return set_aside or any(c.dep_ == "appos" and c.i > neg.i for c in neg.head.children) or (
        _not_the_next_figure(neg) is not None and neg.head.i < neg.i
    )


def _not_the_next_figure(neg: Token) -> Token | None:
    """ "would cost 1,820 jobs, not the 1,150 the company announced": the number a ", not" sets
    aside, whatever the parser hangs the "not" on."""
    doc = neg.doc
    if neg.lower_ != "not" or neg.i == 0 or doc[neg.i - 1].text != ",":
        return None
    after = doc[neg.i + 1 : neg.i + 3]
    number = after[1] if len(after) == 2 and after[0].lower_ == "the" else after[0] if len(after) else None
    return number if number is not None and number.like_num else None


def _said_of_every(verb: Token) -> bool:
    """ "Every death is not a heat death", "each case is not ...": what is said of every one
    of a kind, not that there were none."""
    return lemma(verb) == "be" and any(
        c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children)
        for c in verb.children
    )


def _no_one_had_to(verb: Token) -> bool:
    """ "did not have to", "no hospital has had to": none was made to do what follows."""
    return any(
        c.dep_ == "neg" or c.lower_ == "never"
        or c.dep_ == "nsubj" and (any(d.lower_ == "no" for d in c.children) or _nobody(c))
        for c in verb.children
    )


def _second_act_of_no_plan(verb: Token) -> bool:
    """ "no plans to reduce its workforce or to close any of its branches": closing is ruled out
    too (the first act is read with the plan, `_planned_act`)."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ != "acl" or lemma(first.head) not in lx.PLAN_NOUNS:
        return False
    return any(c.lower_ == "no" for c in first.head.children)


def _at_no_time(child: Token) -> bool:
    """ "at no time", "at no point", said beside a verb or on its subject."""
    preps = [child] if child.dep_ == "prep" else []
    if child.dep_ in ("nsubj", "nsubjpass"):
        preps = [p for p in child.children if p.dep_ == "prep"]
    return any(no_moment(p) for p in preps)


def _clause_called_false(verb: Token) -> bool:
    """ "it is false that drones were used", "it is not true that soldiers opened fire": the
    clause after a copula that calls it false."""
    # (not "the ELN hides its casualties, it is the same lie": what precedes; nor "the claim
    # that it is false that ...": a claim reported)
    copula = verb.head
    if verb.dep_ != "ccomp" or verb.i < copula.i or lemma(copula) != "be" or copula.dep_ in ("acl", "relcl"):
        return False
    judged = next((c for c in copula.children if c.dep_ in ("acomp", "attr")), None)
    negated = any(c.dep_ == "neg" for c in copula.children)
    if judged is None or judged.lower_ == "wrong":  # "it was wrong that civilians were killed"
        return False
    if judged.lower_ in lx.FALSE_WORDS or lemma(judged) in lx.FALSE_WORDS:
        return not negated  # (not "it is not false that")
    return negated and judged.lower_ in ("true", "correct", "accurate")


def _figure_set_aside(number: Token) -> bool:
    """ "14 people were killed, not 12 as the police have said", "the dead are 23, not 40": the
    figure after "not" is denied, beside the one given."""
    if number.dep_ in ("npadvmod", "appos", "conj") and any(
        c.dep_ == "neg" and c.i < number.i for c in number.children
    ):
        return True
    # ("1,820 jobs, not the 1,150": a "not" the parser hung on the jobs)
    before = number.doc[max(number.i - 2, 0) : number.i]
    return any(t.dep_ == "neg" and _not_the_next_figure(t) == number for t in before)


def _nobody(subject: Token) -> bool:
    """ "nobody", "no one", "no civilians", "not a single soldier", "neither the authorities nor
    the families"."""
    neither = any(c.dep_ == "preconj" and c.lower_ == "neither" for c in subject.children)
    return subject.lower_ in NOBODY or _says_none(subject) or _not_a_single(subject) or neither


def _not_a_single(noun: Token) -> bool:
    """ "not a single civilian", "not one soldier", a translation's "not any soldier": none at all."""
    before = [t.lower_ for t in noun.subtree if t.i < noun.i]
    return "not" in before and ("single" in before or "one" in before or before[-1:] == ["any"])


# Acts (by their group's first verb) whose object may be the subject of a passive; not
# "take" ("no decision has been taken").
# ("classes were suspended": halted, as "suspended classes")
PASSIVE_ACTS = frozenset(["use", "attack", "capture", "sign", "evacuate", "close", "halt"])


def _attack_target(verb: Token, verb_lemma: str, obj: Token) -> Token | None:
    """What "carried out a strike on X" / "launched an attack against X" attacked: X."""
    dropped = verb_lemma == "drop" and lemma(obj) in lx.DROPPED_MUNITIONS  # not "dropped its assault"
    if not dropped and (verb_lemma not in lx.LIGHT_ACT_VERBS or lemma(obj) not in lx.ATTACK_NOUNS):
        return None
    for prep in (*obj.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            for target in prep.children:  # not "a strike on Monday"
                if target.dep_ == "pobj" and target.pos_ in ("NOUN", "PROPN") and target.ent_type_ not in (
                    "DATE",
                    "TIME",
                ):
                    return target
    return None


def _a_ransom_asked(verb: Token) -> tuple[Token, Token] | None:
    """ "there has been no ransom demand", "no demand for ransom has been received" -> (demand,
    ransom): read as "no ransom was demanded" (the noun "demand" keys as the verb does)."""
    if lemma(verb) not in ("be", "receive", "make"):
        return None
    # ("there has been no demand for ransom", "no ransom demand has been received")
    demands = (c for c in verb.children if c.dep_ in ("attr", "dobj", "nsubjpass") and lemma(c) == "demand")
    for told in demands:
        ransom = next((c for c in told.children if c.dep_ == "compound" and lemma(c) == "ransom"), None)
        ransom = ransom or next((o for o in _objects_of(told, "for") if lemma(o) == "ransom"), None)
        again = any(c.lower_ in ("further", "new", "fresh", "other", "second") for c in told.children)
        if ransom is not None and not again:  # (not "no further ransom demand": one was made)
            return told, ransom
    return None


def _none_done_to(verb: Token, obj: Token) -> Token | None:
    """ "no ransom" of "No ransom was paid, not one rupiah": the thing a passive verb says none
    of, said again in the words the model takes for an object (not "No families were paid
    compensation": what they were not paid)."""
    restated = any(t.dep_ == "neg" or t.lower_ == "no" for t in obj.subtree)
    if not restated or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subjects = (c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN")
    return next((c for c in subjects if _says_none(c)), None)


def _into_territory(verb: Token) -> Token | None:
    """The border or the land a force is said to have crossed into: "crossed the border line",
    "entered twelve kilometres inside the national territory", "penetrated into the territory",
    "crossed into the Tenhamad area", "set foot on Mauritanian territory", "never left Guinean soil";
    None for another act."""
    verb_lemma = lemma(verb)
    if verb_lemma not in lx.INCURSION_VERBS and verb_lemma != "set":
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb_lemma == "set" and not any(lemma(o) == "foot" for o in objs):
        return None  # ("set foot on": trod there)
    if verb_lemma == "leave":
        # ("never left Guinean soil": never crossed out of it)
        return next((o for o in objs if lemma(o) in lx.TERRITORY_NOUNS), None)
    # (the clause's own words: "penetrated at the dawn into the territory", "entered twelve
    # kilometres inside the national territory")
    own = [t for t in verb.subtree if t.i != verb.i and next(
        (a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb.i]
    lands = [t for t in own if t.dep_ == "pobj" and t.head.lower_ in ("into", "inside", "in", "on", "onto")]
    # ("crossed the border line", "crossed the line of the border")
    borders = [o for o in objs if lemma(o) in ("border", "frontier") or lemma(o) == "line" and (
        any(c.lower_ == "border" for c in o.children)
        or any(lemma(b) in ("border", "frontier") for b in _objects_of(o, "of")))]
    # ("crossed the Makona river", a border river; not "styrene entered the river")
    borders += [o for o in objs if lemma(o) == "river" and verb_lemma == "cross"]
    if verb_lemma in ("pursue", "advance"):
        # ("did not pursue the enemy inside the territory of the brotherly Chad": a country's land;
        # not "advanced into RSF-held territory", "pursued the suspects into the area")
        states = [o for o in lands if lemma(o) in lx.TERRITORY_NOUNS and nationality_in(
            [t.lower_ for t in o.subtree])]
        return states[0] if states else None
    where = borders + [o for o in lands if lemma(o) in lx.TERRITORY_NOUNS]
    # ("crossed into the Tenhamad area": an area one crosses into, not one police entered)
    where += [o for o in lands if lemma(o) == "area" and verb_lemma != "enter" and o.head.lower_ == "into"]
    return where[0] if where else None


def _staff_told(verb: Token, teller: str = "") -> bool | None:
    """Whether a workforce's body was told or consulted, when a verb says it of one: "informed
    the works council of the plan", "employee representatives had been consulted" (True), "the
    union had never been consulted", a union's "it had never been notified" (False); None for
    another telling."""
    if lemma(verb) not in lx.STAFF_TOLD_VERBS:
        return None
    told = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not told and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        # ("had not been informed or consulted": the first verb's subject)
        told = [c for c in (shared_subject(verb, ("nsubjpass",)),) if c is not None]
    # (a union's own "we" or "it")
    own = any(w in lx.STAFF_BODIES or w == "council" for w in teller.split())
    staff = any(
        lemma(t) in lx.STAFF_BODIES or lemma(t) == "council" and any(c.lower_ == "works" for c in t.children)
        or own and t.lower_ in ("it", "we", "us")
        for t in told
    )
    return not _negated(verb) if staff else None


# How far back a day an earlier sentence gave a place may be and still be that place's news.
PLACE_DAY_MAX_AGE_DAYS = 7
# How far back the day a report opens on may be and still be its news: "the blast on Tuesday",
# "the quake of February 6" a month on (not "a notice on August 14" in a November report).
NEWS_MAX_AGE_DAYS = 31


def _news_of(day: date, published: date) -> bool:
    """Whether a past day may be the day of a report's news (`NEWS_MAX_AGE_DAYS`)."""
    return day <= published and (published - day).days <= NEWS_MAX_AGE_DAYS


def _left_to_run(verb: Token) -> bool:
    """Whether a fleet that "left" or "departed" ran its service: "left the depots", "11 of the
    370 trains had left" (not "40 buses left for the border", nor "87 trains had departed by
    10 am", a count of part of the day)."""
    if _negated(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return all(lemma(o) in lx.DEPOT_NOUNS for o in objects)
    return not any(c.dep_ == "prep" and c.lower_ in ("by", "for", "to", "toward", "towards")
                   for c in verb.children)


def _times_the_legal_minimum(text: str) -> float | None:
    """ "twice the legal severance", "double the statutory minimum", "double severance" -> 2;
    "only the legal minimum severance", "the severance required by law" -> 1; None otherwise."""
    multiple = lx.SEVERANCE_MULTIPLE.search(text)
    if multiple is not None:
        return lx.MULTIPLE_WORDS[multiple.group(1).lower()]
    return 1.0 if lx.SEVERANCE_BY_LAW.search(text) else None


def _force_crossed_over(verb: Token) -> bool:
    """A named country's force told, in the report's own words, to have crossed into land:
    "the Thai troops advanced about 500 metres inside the Cambodian territory" (a one-sided
    outlet's account, against the other side's "not one Thai soldier crossed the border")."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or _negated(verb):
        return False
    if _into_territory(verb) is None:
        return False
    if any(c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False  # ("if Thai troops cross the border", "fear they will cross it again")
    doers = [c for c in verb.children
             if c.dep_ == "nsubj" and (lemma(c) in lx.MILITARY_NOUNS or lemma(c) == "unit")]
    return any(nationality_in([t.lower_ for t in d.subtree]) for d in doers)


def _the_means_named(thing: Token) -> Token:
    """What a word for means of any kind names by its example: "special means, including tear
    gas, were not used" did not use tear gas."""
    if lemma(thing) not in lx.MEANS_OF_ANY_KIND:
        return thing
    # ("including tear gas", "like tear gas", "such as tear gas")
    named = [o for c in thing.children if c.dep_ == "prep" and (
        c.lower_ in ("including", "like") or c.lower_ == "as" and any(g.lower_ == "such" for g in c.children)
    ) for o in c.children if o.dep_ == "pobj"]
    return named[0] if named else thing


def _act_object(verb: Token) -> tuple[Token, Token | None]:
    """The verb that acts on an object, and the object: "denied agreeing to buy jets" ->
    (buy, jets); a verb without one comes back with None."""
    if _takes_place(verb):
        return verb, _occurred(verb)  # "a riot took place", "no massacre had taken place"
    if (land := _into_territory(verb)) is not None:
        return verb, land  # "crossed into the Tenhamad area": the land crossed into
    if (left := _walked_out_of(verb)) is not None:
        return verb, left  # "walked out of Friday's talks": the talks (abandoned, lx.ACT_IDIOMS)
    if (warned := _written_to_warn(verb)) is not None:
        return warned  # "had written to management on August 14 to warn that": warned management
    if (asked := _a_ransom_asked(verb)) is not None:
        return asked  # "there has been no ransom demand": none demanded
    for child in verb.children:
        if _no_cases_of(verb, child):
            continue  # "there is no case of mpox here": a count of none (_none_counted)
        if (doing := _there_are_things_doing(verb, child)) is not None:
            return doing, child  # "there are no ships waiting at anchor": none waiting
        told = lemma(verb) in USE_TOLD_VERBS | lx.DENIAL_VERBS
        told = told and not _negated(verb) and not with_a_modal(verb)
        if child.dep_ == "dobj" and told and (used := _use_of(child)) is not None:
            # "documented the use of pepper spray by gendarmes": it was used (not "did not report
            # the use of tear gas", which says nothing of it)
            return child, used
        if child.dep_ in ("dobj", "attr") and child.pos_ in ("NOUN", "PROPN"):
            # ("No ransom was paid, not one rupiah": the model takes the words that say it again
            # for an object of the passive verb)
            return verb, _none_done_to(verb, child) or _the_means_named(child)
        if child.dep_ == "dobj" and child.lower_ in ("any", "all") and (whole := _of_what(child)) is not None:
            return verb, whole  # "to close any of its branches"
        # 'had "liberated" Sange': quotes around the verb make the model read its object
        # as a predicate
        if child.dep_ == "oprd" and child.pos_ == "PROPN" and verb_key(lemma(verb)) == "capture":
            return verb, child
    if lemma(verb) in ("lead", "result"):
        # "would not lead to any job losses", "result in layoffs": what the move brings about
        brought = [*_objects_of(verb, "to"), *_objects_of(verb, "in")]
        losses = [o for o in brought if lemma(o) in ("loss", "cut", "layoff", "redundancy")]
        if losses:
            return verb, losses[0]
    if lemma(verb) in lx.AIMING_VERBS and not any(c.dep_ == "auxpass" for c in verb.children):
        # "did not strike on the hospital" (a translation's), "fired at the convoy": what was
        # aimed at (but "rubber bullets were fired at the crowd" says what was fired; "struck
        # on Tuesday" says when)
        aimed = _aimed_at(verb, days=False)
        if aimed is not None:
            return verb, aimed
    occurred = _occurred(verb)
    if occurred is not None:
        return verb, occurred
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    denied = any(  # "no extraordinary meeting was held": whatever the act, there was none
        c.dep_ == "nsubjpass"
        and lemma(c) not in lx.NOUN_MEASURES
        and _says_none(c)
        and not _disease_cases(c, verb)  # "no cholera case has been recorded": a count of none
        for c in verb.children
    )
    # "the camp was never taken": a place held is taken as it is captured (not "was taken to
    # hospital", nor "measures were taken")
    place_taken = lemma(verb) == "take" and any(
        c.dep_ == "nsubjpass" and lemma(c) in lx.HELD_PLACES for c in verb.children
    )
    if passive and (denied or place_taken or lemma(verb) != "take" and verb_key(lemma(verb)) in PASSIVE_ACTS):
        # "no tear gas was used", "rubber bullets were fired": the thing acted on is the
        # subject (people so spoken of are counted, not acted on: "no one was arrested").
        # Other passives say a state ("the ferry had been overloaded").
        for child in verb.children:
            if (
                child.dep_ == "nsubjpass"
                and child.pos_ == "NOUN"
                and lemma(child) not in lx.PERSON_NOUNS
                and not _armed_members(child)  # ("no element of our forces was wounded")
                and child.lower_ not in NOBODY
                and child.lower_ != "one"
            ):
                return verb, _the_means_named(child)
    for child in verb.children:
        # (not through a verb of talk or thought: "never discussed closing the yard" says
        # nothing of closing it)
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and lemma(verb) not in lx.TALKED_OF_VERBS:
            inner, obj = _act_object(child)
            if obj is not None:
                # ("attempted to storm the post": an attempt on it, not the post stormed; "failed to
                # capture the town", "threatened to attack it": not done either)
                return (verb if lemma(verb) in lx.NOT_DONE_VERBS else inner), obj
    if lemma(verb) == "be":  # "is in talks to buy Greystone Dairy": the act talked of
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            for talks in (c for c in prep.children if c.dep_ == "pobj" and lemma(c) in lx.NEGOTIATION_NOUNS):
                purpose = [c for c in talks.children if c.dep_ == "acl" and c.pos_ == "VERB"]
                purpose += [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"]
                for inner in purpose:
                    acting, obj = _act_object(inner)
                    if obj is not None:
                        return acting, obj
    if lemma(verb) in lx.FIRE_AT_VERBS:  # "did not fire on Lesno": its target
        return verb, _aimed_at(verb, days=True)
    return verb, None


def _there_are_things_doing(verb: Token, thing: Token) -> Token | None:
    """ "there are no ships waiting at anchor": what the things there do (not people, who are
    counted: "there are no miners trapped")."""
    if lemma(verb) != "be" or thing.dep_ != "attr" or lemma(thing) in lx.PERSON_NOUNS:
        return None
    if not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)


def _aimed_at(verb: Token, days: bool) -> Token | None:
    """What a verb's "on" or "at" names ("fired on Lesno", "struck at the convoy"): the first
    noun so named; with `days` false, not a day or a time."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at")):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and (
                days or obj.ent_type_ not in ("DATE", "TIME")
            ):
                return obj
    return None


def _in_one_unit(figure: Figure, unit: Token) -> tuple[Figure, str]:
    """An amount in litres or in kilograms, and which of the two ("litre", "kilogram"); `figure`
    as it is and "" when `unit` is neither a volume's nor a mass's."""
    if _volume_unit(unit) is not None:
        return _in_litres(figure, unit), "litre"
    if lemma(unit) in lx.MASS_UNITS:
        return _in_kg(figure, unit), "kilogram"
    return figure, ""


def _in_litres(figure: Figure, unit: Token) -> Figure:
    """ "about 260 barrels" in litres, so that barrels meet litres and cubic metres (and never
    kilograms)."""
    words = [figure.text, *(t.text for t in unit.lefts if t.lower_ == "cubic"), unit.text]
    per = _per_time(unit)  # "1,200 cubic metres per second" is a flow: it meets flows only
    if per is not None:
        words.append(per.text)
    litres = f"l/{lx.PER_TIME_UNITS[per[1].lower_]}" if per is not None else "l"
    return _scaled(figure, _volume_unit(unit) or 1.0, litres, " ".join(words))


def _size_measured(noun: Token | None, verb: Token | None) -> tuple[str, str]:
    """What size a length or a speed measures ("speed", "depth", "height", "length", "width"),
    and of what, when its sentence says both: "the tram was travelling at 52 km/h", "the
    sinkhole is 40 metres deep", "the height of the ash column at 55,000 feet", "a surge of 3.8
    metres". A storm's winds and its own pace, a building's height and the rubble's, are two
    sizes. A length said in passing ("640 metres underground", "3 km from the border"), or of
    nothing named, measures nothing; nor does a limit ("the speed limit is 15 km/h") or a
    difference ("60 knots above the normal speed"). (Durations are times, never figures.)"""
    if noun is None:
        return "", ""
    word = lemma(noun)
    said_of = [c for c in verb.children if c.dep_ in ("nsubj", "attr")] if verb is not None else []
    if any(lemma(c) in lx.LIMIT_NOUNS for c in said_of):
        return "", ""  # "the speed limit for trams is 15 km/h": what is allowed, not what was
    if noun.head.lower_ in lx.DIFFERENCE_WORDS or any(c.i > noun.i and c.lower_ in lx.DIFFERENCE_WORDS
                                                       for c in noun.children):
        return "", ""  # "60 knots above the normal landing speed"
    if word in lx.SPEED_UNITS or word in lx.DISTANCE_UNITS and _per_hour(noun):
        # (the model may hang "48 km" on the "h" of "km/h")
        node = noun.head if noun.dep_ == "nmod" and noun.head.lower_.rstrip(".") in ("h", "hr") else noun
        if node.head.lower_ == "of" and lemma(node.head.head) in ("wind", "gust"):
            return "speed", "wind"  # "winds of 150 km/h", "a gust of wind of 90 km/h": not the storm's pace
        if node.head.lower_ == "of" and lemma(node.head.head) in ("speed", "velocity"):
            # "recorded a speed of 48 km/h": a speed told as one, of whatever the story's moved
            owner = _thing_sized(node.head.head)
            return "speed", "" if owner in ("speed", "velocity") else owner
        if verb is None:
            return "", ""
        moved = _measured_thing(verb)
        return "speed", "wind" if moved == "gust" else moved
    if word not in lx.DISTANCE_UNITS:
        return "", ""
    size, thing = "", ""
    if noun.dep_ == "npadvmod" and noun.head.pos_ == "ADJ":  # "40 metres deep"
        adjective = noun.head
        size = lx.DIMENSION_WORDS.get(adjective.lower_, "")
        if adjective.dep_ in ("amod", "appos") and adjective.head.pos_ == "NOUN":
            thing = lemma(adjective.head)  # "a hole 40 metres deep", "the building, 150 metres tall"
        elif verb is not None and adjective.dep_ in ("acomp", "attr", "conj", "oprd", "pcomp"):
            thing = _measured_thing(verb)  # "the sinkhole is 40 metres deep", "measured it at ... deep"
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("of", "at", "to"):
        governor = noun.head.head
        if governor.pos_ in ("NOUN", "PROPN"):  # "a surge of 3.8 metres", "the height of ... of 12 km"
            size, thing = lx.DIMENSION_WORDS.get(lemma(governor), ""), _thing_sized(governor)
        elif governor.pos_ == "VERB":  # "put the height of the column at 55,000 feet", "reached 4 m"
            sized = next((c for c in governor.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                          and lemma(c) in lx.DIMENSION_WORDS), None)
            if sized is not None:
                size, thing = lx.DIMENSION_WORDS[lemma(sized)], _thing_sized(sized)
    return (size, thing) if size and thing else ("", "")


def _measured_thing(verb: Token) -> str:
    """What a verb says went at a speed or was of a size: its subject ("the tram was
    travelling", "winds reached"), or what was measured ("measured the sinkhole at"), else ""."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] if lemma(verb) in lx.MEASURING_VERBS else []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
        subjects.append(verb.head)  # "the tram, which was travelling at", "the sinkhole ... measured"
    subject = next((c for c in objects + subjects if c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return ""
    return _plume_or(subject)


def _plume_or(thing: Token) -> str:
    """A thing's name for its size: an eruption's "ash column" or "ash cloud" is its plume."""
    eruption = any(lemma(c) in ("ash", "eruption", "smoke") for c in thing.lefts)
    if lemma(thing) in ("column", "cloud") and eruption:
        return "plume"
    return lemma(thing)


def _thing_sized(noun: Token) -> str:
    """What a size noun measures: "the height of the ash column" is the column's; "a surge of
    3.8 metres" is the surge's own; "the plume reached a height of 12 km" the plume's."""
    if lemma(noun) not in lx.PURE_DIMENSIONS:
        return _plume_or(noun)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owners = of.children if of is not None else ()
    owner = next((c for c in owners if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if owner is not None and not any(t.like_num for t in owner.subtree):  # (not "a height of 12 km")
        return _plume_or(owner)
    verb = noun.head
    return _measured_thing(verb) if verb.pos_ in ("VERB", "AUX") else ""


def _per_hour(unit: Token) -> bool:
    """ "52 km/h", "80 kilometres per hour"."""
    doc = unit.doc
    slash = doc[unit.i + 1 : unit.i + 3]
    if len(slash) == 2 and slash[0].text == "/" and slash[1].lower_.rstrip(".") in ("h", "hr", "hour"):
        return True
    per = _per_time(unit)
    return per is not None and lx.PER_TIME_UNITS[per[1].lower_] == "h"


def _a_length_unit(unit: Token) -> bool:
    """Whether a size's noun is a unit it can be given in: "4 kilometers", "52 km/h", "30 knots"."""
    return lemma(unit) in lx.METRES or lemma(unit) in lx.SPEED_UNITS


def _in_base_unit(figure: Figure, unit: Token, measure: str) -> Figure:
    """A speed in km/h, a length in metres; its text keeps the unit it was given in ("55,000
    feet", "52 km/h")."""
    word = lemma(unit)
    end = unit.i + 1
    if measure == "speed" and word not in lx.SPEED_UNITS:
        end = unit.i + 3  # "km/h", "kilometres per hour"
        factor = lx.METRES[word] / 1000
    elif measure == "speed":
        factor = lx.SPEED_UNITS[word]
    else:
        factor = lx.METRES[word]
    text = f"{figure.text} {unit.doc[unit.i : end].text.replace(' / ', '/')}"
    return _scaled(figure, factor, "km/h" if measure == "speed" else "m", text)


def _per_time(unit: Token) -> Span | None:
    """The words a quantity is given per a unit of time in ("per second", "a day"), if any,
    after the unit or after what it measures ("3,000 cubic metres of water per second")."""
    of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    for after in (unit.i + 1, of.right_edge.i + 1 if of is not None else None):
        if after is None:
            continue
        per = unit.doc[after : after + 2]
        every = len(per) == 2 and per[0].lower_ in ("per", "a", "an", "every", "/")
        if every and per[1].lower_ in lx.PER_TIME_UNITS:
            return per
    return None


def _data_unit(noun: Token | None) -> float | None:
    """Gigabytes per unit of a data noun ("terabytes", "GB"), else None."""
    if noun is None:
        return None
    return lx.DATA_UNITS.get(lemma(noun)) or lx.DATA_UNITS.get(noun.lower_)


def _volume_unit(noun: Token | None) -> float | None:
    """Litres per unit of a volume noun ("barrels", "cubic metres", "m3"), else None."""
    return _unit_of(noun, lx.VOLUME_UNITS, lx.CUBIC_UNITS, ("cubic",))


def _unit_of(
    noun: Token | None, units: Mapping[str, float], of_lengths: Mapping[str, float], marks: tuple[str, ...]
) -> float | None:
    """How many base units a unit noun is: one of `units` ("hectares", "barrels"), or a length
    a mark before it makes an area or a volume ("square kilometres", "cubic metres")."""
    if noun is None:
        return None
    word = lemma(noun)
    if word in units:
        return units[word]
    if word in lx.DISTANCE_UNITS and any(c.lower_ in marks for c in noun.lefts):
        return of_lengths.get(word)
    return None


def _in_kg(figure: Figure, unit: Token) -> Figure:
    """ "about 2.5 tonnes" as 2,250-2,750 kg; its text keeps the unit it was given in."""
    return _scaled(figure, lx.MASS_UNITS[lemma(unit)], "kg", f"{figure.text} {unit.text}")


def _scaled(figure: Figure, per_unit: float, unit: str, text: str) -> Figure:
    """`figure` in `unit`, `per_unit` of them to each unit it was given in, written `text`."""
    low = figure.low * per_unit if figure.low is not None else None
    high = figure.high * per_unit if figure.high is not None else None
    return replace(figure, low=low, high=high, unit=unit, text=text)


def _area_unit(noun: Token | None) -> float | None:
    """Square metres per unit of an area noun ("hectares", "square kilometres"), else None."""
    return _unit_of(noun, lx.AREA_UNITS, lx.SQUARE_UNITS, ("square", "sq"))


def _in_square_metres(figure: Figure, unit: Token) -> Figure:
    square = [t.text for t in unit.lefts if t.lower_ in ("square", "sq")]
    return _scaled(figure, _area_unit(unit) or 1.0, "m2", " ".join([figure.text, *square, unit.text]))


def _tells_of_a_leak(sent: Span) -> bool:
    return any(lemma(t) in lx.LEAK_WORDS for t in sent)


def _state_of(verb: Token) -> tuple[str, str, str] | None:
    """What a reported clause says something was, when it says no more, as (state, whose,
    polarity).

    "The ferry was so overloaded" and "the vessel had been overloaded" both give
    ("overloaded", "", "affirm"): whose state it is is left out ("ferry", "vessel"), the
    event's day and place tell; so a negated state ("was not damaged") gives none, as it may
    be of another thing. Open and shut are one state with its opposite, and say whose
    ("the gates were open" against "the gates were locked": ("open", "gate", "negate")).
    Counts of people are not states."""
    if _still_leaking(verb):
        return "contained", "leak", "negate"  # "oil is still leaking": the leak is not contained
    if _warned_a_body(verb):
        # "it had never been warned", "complied with all rules and had never been warned": no
        # warning received, whoever gave it (not workers' "they had never been warned", people
        # rather than the company a warning would have reached)
        warned = shared_subject(verb, ("nsubjpass", "nsubj"))
        if _negated(verb) and warned is not None and warned.lower_ in ("they", "he", "she", "i"):
            return None
        return verb.lower_, "", "negate" if _negated(verb) else "affirm"
    if verb.dep_ == "acomp" and lemma(verb.head) in ("be", "remain"):
        verb = verb.head  # ("it was not overloaded": the parser may make the state the verb's complement)
    if lemma(verb) in ("be", "remain"):  # "the blaze remains uncontained"
        word = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ in ("ADJ", "VERB")), None)
    else:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        word = verb if passive and any(c.dep_ in ("nsubjpass", "nsubj") for c in _with_aux(verb)) else None
    if word is None:
        return None
    subject = next((c for c in _with_aux(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and (
        lemma(subject) in lx.PERSON_NOUNS
        or any(c.like_num or c.lower_ in ("several", "many", "dozens", "hundreds") for c in subject.subtree)
    ):
        return None  # "14 deaths had been confirmed", "several people were treated": counts
    negated = _negated(verb) or _negated(word)
    if word.lower_ in lx.STATE_OPPOSITES:
        if lemma(verb) == "remain" and lx.STATE_OPPOSITES[word.lower_][0] == "open":
            return None  # "its crossings remained open": whether a facility works (_operating)
        said_of = [c.lower_ for w in (verb, word) for c in w.children if c.dep_ in ("advmod", "npadvmod")]
        if any(w in lx.PARTLY_WORDS for w in said_of) or negated and "fully" in said_of:
            return None  # "60 percent contained", "not fully contained": partly, which both may be
        state, opposite = lx.STATE_OPPOSITES[word.lower_]
        if subject is not None and subject.lower_ in ("none", "neither"):
            subject = _none_of_what(subject)  # "none of the exit gates was locked": the gates
        whose = lemma(subject) if subject is not None and subject.pos_ == "NOUN" else ""
        whose = lx.STATE_HOLDERS.get(whose, whose)  # the blaze is the fire, the launch the vessel
        return state, whose, "negate" if opposite != negated else "affirm"
    if negated or word.tag_ != "VBN" and not word.lower_.endswith("ed"):
        return None  # a participle: "overloaded", "closed"; not "low", "safe"
    if lemma(word) in lx.VERB_MEASURES or lemma(word) in lx.PEOPLE_VERBS:
        return None
    return word.lower_, "", "affirm"  # as written: the model lemmatises adjective and verb apart


# Verbs by which tests tell what they found in a sample or a product.
DETECTION_VERBS = frozenset(["find", "detect", "identify", "isolate"])


def _done_to(verb: Token) -> tuple[Token, bool] | None:
    """(the thing, whether denied) when a reported clause says only that something was done to
    a thing: "a ransom had been paid", "not a single ballot was stuffed" (not a state a vessel
    or a fire is in, nor one of STATE_OPPOSITES: `_state_of`)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ != "VBN":
        return None
    if verb.dep_ in ("xcomp", "advcl") or any(
        c.tag_ == "MD" or c.dep_ == "prt" or c.dep_ == "mark" and c.lower_ != "that" or c.like_num
        for c in verb.subtree
    ):
        # "the ransom must be paid by Friday", "if the strike is called off", "no ballots were
        # counted in 12 polling stations": a demand, a condition, another act, a part (but
        # "confirmed that the paper was leaked" says it was)
        return None
    subject = next((c for c in _with_aux(verb) if c.dep_ == "nsubjpass"), None)
    # ("Listeria was detected in samples": a germ's name, which the model may take for a person's)
    named_germ = subject is not None and subject.pos_ == "PROPN" and lemma(verb) in DETECTION_VERBS and (
        subject.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "DATE", "ORG")
        and not any(c.dep_ == "compound" for c in subject.children)  # (not "Tom Jones was found")
    )
    if (
        subject is None
        or subject.pos_ != "NOUN" and not named_germ
        or lemma(subject) in lx.PERSON_NOUNS
        or lemma(subject) in lx.STATE_HOLDERS
        or verb.lower_ in lx.STATE_OPPOSITES
        or lemma(verb) in lx.VERB_MEASURES
        or lemma(verb) in lx.PEOPLE_VERBS
        or any(c.like_num or c.lower_ in ("several", "many", "dozens", "hundreds") for c in subject.subtree)
    ):
        return None
    return subject, _negated(verb) or _negated(subject)


def _struck_or_spared(verb: Token) -> bool | None:
    """Whether a verb says a disaster struck its subject (True: "was flattened", "had been swept
    away", "suffered heavy damage") or spared it (False: "had been spared", "came through without
    major damage", "reported no damage", "was intact"), as told before any negation; None: it
    says neither."""
    word = lemma(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp", "oprd", "acomp")  # "found it buried"
    )
    if word in ("spare", "spar") and passive:  # (the model may lemmatise "spared" as "spar")
        return False
    if word in STRUCK_VERBS and passive:
        return True
    if word in STRUCK_VERBS and _done_by_the_disaster(verb):
        return True  # "a mudslide had destroyed part of the village", "the surge flattened Ambodirano"
    if lemma(verb) == "be" and any(c.dep_ == "acomp" and c.lower_ in UNHARMED_WORDS for c in verb.children):
        return False  # "the village was intact"
    damage = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and lemma(c) in HARM_DONE_NOUNS]
    if damage and word in ("report", "suffer", "sustain", "record"):
        harm = damage[0]
        if any(c.lower_ == "no" for c in harm.children):
            # "reported no damage", "no damage has been reported there" (whose "no" the caller
            # reads as the verb's negation, `_negated`, when the damage is its subject)
            return _negated(verb)
        heavy = any(c.lower_ in HEAVY_WORDS for c in harm.children)
        return True if heavy and word != "report" and harm.dep_ == "dobj" else None
    without = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "without"
               for o in p.children if o.dep_ == "pobj" and lemma(o) in HARM_DONE_NOUNS]
    if without and word in ("come", "escape", "emerge", "survive", "pass"):
        return False  # "came through without major damage"
    if word in ("come", "escape", "emerge", "survive") and any(
        c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in UNHARMED_WORDS for c in verb.children
    ):
        return False  # "emerged unscathed"
    return None


# Words for some of a thing: "part of the village", "most of the town".
PART_WORDS = lx.SOME_OF_A_WHOLE | frozenset(["some", "parts"])


def _done_by_the_disaster(verb: Token) -> bool:
    """Whether a disaster itself does what a verb tells, to a thing it names: "a mudslide had
    destroyed part of the village" (not "the army destroyed the village")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    done_to = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(done_to) and any(lemma(c) in DISASTER_AGENTS for c in doers)


# What a disaster does to a place it struck (passive: "was flattened", "had been swept away").
STRUCK_VERBS = frozenset(
    """affect hit damage destroy bury sweep flatten raze devastate level wipe obliterate inundate
    engulf touch wash""".split()
)
UNHARMED_WORDS = frozenset("intact untouched unaffected".split())  # (not "unharmed": said of people)
HARM_DONE_NOUNS = frozenset(["damage", "destruction", "harm"])
HEAVY_WORDS = frozenset("heavy major extensive severe serious significant considerable".split())


def _places_it_befell(
    verb: Token, sent: Span, named: Sequence[str], region: Sequence[str], people: Mapping[str, str],
    report: str,
) -> list[str]:
    """The villages or towns the verb's subject names ("Baira", "the village of Brep", "Wintua
    village", "the hamlets, including Chañi Bajo"), as the sentence's places (`named`) or the
    report's (`region`) spell them; or, for "it" or "there", the one village the sentence names
    ("reached the hamlet of Chañi Bajo and found it buried", "in contact with Simlekharka ... no
    damage has been reported there"). Not a name of a person who speaks (`people`) or the report
    names in full, nor a dam's, a road's or a province's."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and lemma(subject) in HARM_DONE_NOUNS:
        subject = None  # ("no damage has been reported there": where, the sentence says)
    if subject is not None and lemma(subject) in DISASTER_AGENTS:
        # "a mudslide had destroyed part of the village of Mbambani": what it struck
        struck = next((c for c in verb.children if c.dep_ == "dobj"), None)
        whole = _of_what(struck) if struck is not None and lemma(struck) in PART_WORDS else None
        subject = whole if whole is not None else struck
    if subject is None and verb.dep_ in ("ccomp", "xcomp", "oprd"):
        subject = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in ("it", "there"):
        there = subject is not None or any(c.lower_ == "there" for c in verb.children)
        # ("reached the hamlet of Chañi Bajo and found it buried": where they went; not
        # "rescuers from the town of Kainantu reached the area and found it buried")
        visited = _villages_of(sent, visited=subject is not None and subject.lower_ == "it")
        villages = [n for n in named if unaccented(n) in {unaccented(v) for v in visited}]
        if not villages:
            # ("it" is a village the sentence calls one; "there", the one place it names)
            villages = list(visited) if subject is not None else list(named)
        return villages if there and len(villages) == 1 else []
    if subject.pos_ == "PROPN":
        names = [subject]
    elif lemma(subject) in lx.COMMUNITIES:
        names = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "including"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        names += [n for n in [_name_within(subject)] if n is not None]
    else:
        return []
    places = {unaccented(p): p for p in [*region, *named]}
    # (a name is a village's if the report names it as a place, or tells it as one where the
    # model did not tag it: "in Wintua", "the village of Sataua"; not a dam, a road, a province)
    return list(dict.fromkeys(
        places.get(unaccented(name), name)
        for name, token in ((_proper_name(t), t) for t in names)
        if (unaccented(name) in places and token.ent_type_ in ("GPE", "LOC", "FAC", "")
            or _told_as_a_village(name, report)
            # (or, where nothing tells it as a place, what only a place can be: "Wintua has been
            # flattened", "Sataua had come through without major damage"; a person "was not
            # affected" too)
            or lemma(verb) not in PEOPLE_TOO and not _a_persons_name(token))
        and token.lower_ not in people
        and name.split()[-1] not in NOT_VILLAGES
        and name not in STATES
    ))


# What befalls people as well as places: "Quispe was hit by debris" (and "was not affected",
# said of a person the report names in full: `_a_persons_name`).
PEOPLE_TOO = frozenset("hit touch strike".split())


def _a_persons_name(token: Token) -> bool:
    """Whether a name is (part of) a person's the report names in full: "Marape", after "Prime
    Minister James Marape"."""
    return any(e.label_ == "PERSON" and len(e) > 1 and token.lower_ in e.text.lower().split()
               and not e.start <= token.i < e.end for e in token.doc.ents)


def _told_as_a_village(name: str, report: str) -> bool:
    """Whether a report (`_folded`) tells a name as a place where people live: "in Wintua", "the
    village of Sataua", "near Chañi Bajo"."""
    kinds = "in|near|at|to|from|village of|town of|hamlet of|community of"
    return re.search(rf"\b(?:{kinds}) {re.escape(unaccented(name))}\b", report) is not None


# The last words of names that are no village's: "the Kariba Dam", "the Karakoram Highway".
NOT_VILLAGES = lx.WORKS_NOUNS | frozenset(
    """dam bridge highway road railway port airport station hospital school river lake mine province
    state region district county valley""".split()
)


def _proper_name(token: Token) -> str:
    """A name and the names before it that it heads: "Chañi Bajo", lower-case (not "Baira, south
    of Kainantu")."""
    words = [token]
    while words[0].i > 0 and (left := words[0].nbor(-1)).pos_ == "PROPN" and left.head.i == token.i:
        words.insert(0, left)
    return " ".join(t.lower_ for t in words)


def _not_told_as_so(verb: Token) -> bool:
    """Whether a sentence tells a village spared or struck only as feared, asked, partly, for a
    while or by something else than the disaster: "it was not yet clear whether Baira had been
    affected", "officials fear Wintua may have been buried", "could be swept away if the
    embankment bursts", "was spared the worst of the flooding", "was largely spared", "has not
    yet been affected", "was not affected by the power cuts"."""
    marked = any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in verb.children)
    if with_a_modal(verb) or marked:
        return True
    head = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    if head is not None and (lemma(head) in DOUBT_VERBS or with_a_modal(head)):
        return True
    if lemma(verb) in ("spare", "spar") and any(c.dep_ == "dobj" for c in verb.children):
        return True  # "spared the worst of the flooding": some of it
    if any(c.lower_ in lx.PARTLY_WORDS | {"yet", "still", "somewhat", "slightly"} for c in verb.children):
        return True
    by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(lemma(o) not in lx.TOPICS and lemma(o) not in DISASTER_AGENTS for o in by)


# What a sentence doubts or fears rather than tells: "feared the village had been buried".
DOUBT_VERBS = frozenset("fear worry establish determine check ascertain know clear unclear wonder".split())
# What of a disaster strikes a village: "buried by mud", "swept away by the river".
DISASTER_AGENTS = frozenset(
    """mud mudflow debris rock boulder water floodwater river wave tsunami wind rain torrent slide
    tremor quake earthquake storm cyclone typhoon hurricane flood landslide mudslide avalanche lava
    surge sea eruption ash""".split()
)


def _a_report_told(verb: Token) -> Token | None:
    """The report or claim whose content a verb tells: "initial reports that the village had
    been buried" (None if it tells none)."""
    if verb.dep_ in ("acl", "ccomp") and lemma(verb.head) in lx.CLAIM_NOUNS:
        return verb.head
    return None


def _report_called_false(report: Token) -> bool:
    """ "reports that ... were wrong", "the claim is false", "reports that Kabiraan was flattened
    are not true": a report its sentence calls false."""
    be = report.head
    if report.dep_ != "nsubj" or lemma(be) != "be":
        return False
    said = [c for c in be.children if c.dep_ in ("acomp", "attr")]
    not_true = _negated(be) and any(c.lower_ in ("true", "correct", "accurate") for c in said)
    return not_true or any(c.lower_ in lx.FALSE_WORDS or lemma(c) in lx.FALSE_WORDS for c in said)


def _name_within(community: Token) -> Token | None:
    """ "the village of Brep", "Wintua village": the (last word of the) village's name."""
    of = [o for p in community.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    name = of or [c for c in community.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return name[-1] if name else None


def _villages_of(sent: Span, visited: bool = False) -> set[str]:
    """The places a sentence names as villages or towns: "the hamlet of Chañi Bajo"; `visited`:
    only those a verb went to ("reached the hamlet of Chañi Bajo")."""
    return {_proper_name(name) for t in sent
            if lemma(t) in lx.COMMUNITIES and (name := _name_within(t)) is not None
            and (not visited or t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ in ("to", "into"))}


def _a_disaster_report(ctx: ArticleContext) -> bool:
    """Whether a report tells of an earthquake, a flood, a storm or a landslide (a disaster
    over an area, whose villages it may strike or spare)."""
    return not lx.WIDE_AREA_TOPICS.isdisjoint(ctx.topics) and lx.ONE_SITE_TOPICS.isdisjoint(ctx.topics)


def _gave_way(verb: Token) -> tuple[str, bool] | None:
    """(the structure, whether denied) when a clause says a dam, dyke, bridge or building gave
    way: "the dyke had burst", "the levee was breached", "the bridge did not collapse"."""
    if lemma(verb) not in lx.GIVING_WAY_VERBS and not (
        lemma(verb) == "give" and any(c.lower_ == "way" for c in verb.children)
    ):
        return None
    if any(c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return None  # "the dam could burst", "if the levee breaks": a risk, not what happened
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("into", "by") for c in verb.children):
        return None  # "burst into flames"; "the wall was breached by attackers": broken through
    subject = next((c for c in _with_aux(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        subject = _whole_of(subject)  # "a section of the embankment was breached"
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and lemma(owner) in lx.STRUCTURE_NOUNS:
            subject = owner  # "the dam's concrete wall collapsed": the dam gave way
    if subject is None or lemma(subject) not in lx.STRUCTURE_NOUNS:
        return None
    owned = any(c.dep_ == "poss" and lemma(c) not in lx.STRUCTURE_NOUNS for c in subject.children)
    if owned or any(c.dep_ == "prep" and c.lower_ in ("of", "between") for c in subject.children):
        return None  # "the minister's stand", "the wall of silence", "the bridge between communities"
    if lemma(subject) == "block" and not any(lemma(c) in lx.BLOCKS_OF_HOMES for c in subject.lefts):
        return None  # "the opposition block": a bloc; "the apartment block" a building
    return lx.STRUCTURE_NOUNS[lemma(subject)], _negated(verb) or _negated(subject)


def _went_down(verb: Token) -> tuple[str, bool] | None:
    """("vessel", whether denied) when a clause says a ship sank: "the vessel sank near Idjwi",
    "the ferry was sunk", "the ship did not sink" (not "shares sank", nor "could sink")."""
    if lemma(verb) != "sink" or any(c.tag_ == "MD" for c in verb.children):
        return None
    subject = next((c for c in _with_aux(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or lemma(subject) not in lx.SHIPS:
        # "its sea drones sank the landing ship"
        subject = next((c for c in verb.children if c.dep_ == "dobj" and lemma(c) in lx.SHIPS), None)
    if subject is None or any(c.lower_ in ("a", "an", "another") for c in subject.children):
        return None  # ("a cargo ship sank off Odesa": maybe another ship than the one reported)
    return "vessel", _negated(verb) or _negated(subject)


def _still_leaking(verb: Token) -> bool:
    """ "oil is still leaking from the hull", "fuel continues to leak": not contained."""
    if lemma(verb) in ("continue", "keep"):
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and lemma(c) == "leak"), verb)
        return lemma(verb) == "leak" and not _negated(verb)
    return lemma(verb) == "leak" and any(c.lower_ == "still" for c in verb.children) and not _negated(verb)


def _with_aux(verb: Token) -> list[Token]:
    """A verb's children and its passive auxiliary's: the parser may hang the subject of "the
    launch was not overloaded" on "was"."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    return [*verb.children, *(c for a in aux for c in a.children)]


def _striking_weapon(verb: Token) -> str | None:
    """ "Ukrainian drones struck the refinery" -> "drone": what hit, if a weapon did."""
    if verb.dep_ in ("acl", "relcl") or verb.tag_ == "VBG":
        return None  # "drones targeting the city" had not struck yet
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return lx.STRIKING_WEAPONS.get(lemma(subj)) if subj is not None else None


def _open_or_closed_to(verb: Token) -> bool:
    """ "closed to Indian airlines", "remained open to international flights": for some only."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp"))]
    return any(c.dep_ == "prep" and c.lower_ == "to" for w in words for c in w.children)


# What tells a stop planned: "out of service for maintenance".
PLANNED_STOP = frozenset(["maintenance", "repairs", "inspection"])
# What tells a railway's report: its signals are the line's.
RAILWAY_WORDS = frozenset(["train", "railway", "rail", "railroad", "station", "track", "locomotive"])
# What makes a state only possible: "could be out of operation for up to a month" (fewer words
# than `lexicon.MODAL_WORDS`, which `reading.with_a_modal` asks).
MAYBE_WORDS = frozenset(["could", "may", "might", "would", "can"])


def _operating_state(verb: Token) -> tuple[Token, bool] | None:
    """(the facility, whether it works) if `verb` says whether a facility works."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    verb_lemma = lemma(verb)
    if verb_lemma == "be" and subj is not None and _facility_kind(subj) and _out_of_service(verb) and not (
        # (not "could be out of operation", nor "the water treatment plant", another's; nor a
        # past state: "out of service for two years before the war", "since 2019")
        any(c.dep_ == "aux" and c.lower_ in MAYBE_WORDS for c in verb.children)
        or any(c.dep_ == "compound" for c in subj.children)
        or _of_another_time(verb.subtree)
        or any(t.lower_ in PLANNED_STOP for t in verb.subtree)
    ):
        return subj, _negated(verb)  # "the signalling system had been out of service for three days"
    if verb_lemma in lx.WORKING_VERBS and subj is not None and _facility_kind(subj):
        normally = any(  # "normally", "as usual", "as normal", "in normal mode"
            g.lower_ in ("normally", "usual", "normal", "smoothly")
            for c in verb.children
            if c.dep_ in ("advmod", "prep", "advcl", "acomp")
            for g in c.subtree
        )
        negated = _negated(verb) or _says_none(subj)
        if negated:
            return subj, False  # "no bus line ran"
        if normally or verb_lemma == "be" and any(c.lower_ == "operational" for c in verb.children):
            return subj, True  # "is operating normally", "is operational"
        if verb_lemma == "continue":
            return subj, True  # "production continued", "work continued as usual"
        if verb_lemma == "be":  # "the crossing was open all week", "the port is closed"
            state = next((c.lower_ for c in verb.children if c.dep_ == "acomp"), "")
            if state in ("open", "closed", "shut"):
                return subj, (state == "open") != negated
        return None
    if _out_of_service(verb):
        for thing in (obj, subj):
            if thing is not None and _facility_kind(thing):
                return thing, False  # "a fire put the plant out of service", "the port is out of action"
    if verb_lemma in ("stand", "sit", "lie") and subj is not None and _facility_kind(subj):
        if any(c.lower_ in ("still", "idle") for c in verb.children):
            return subj, False  # "the assembly lines stood still", "the port lay idle"
        return None
    if verb_lemma in ("remain", "stay") and subj is not None and _facility_kind(subj):
        # "the plant will remain open", "the airport stayed closed"
        state = next((c.lower_ for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp")), "")
        if state in ("open", "operational", "closed", "shut"):
            return subj, (state in ("open", "operational")) != _negated(verb)
        return None
    if verb_lemma == "reopen":
        for thing in (obj, subj):
            if thing is not None and _facility_kind(thing):
                return thing, not _negated(verb)  # "the crossing reopened"
        return None
    # (the model's own lemma: "paralysed" reads as "affect" in counts, `reading.lemma`)
    if verb_key(verb_lemma) == "halt" or verb_lemma in ("shut", "close") or verb.lemma_ in lx.HALTING_VERBS:
        if verb.dep_ == "xcomp" and lemma(verb.head) in lx.TALKED_OF_VERBS:
            return None  # "had not discussed closing the plant": no closing told
        kept = _kept_open(verb)
        if _negated(verb) and not kept:
            return None  # "did not halt production" says little of how it works
        for thing in (obj, subj):
            if thing is not None and _facility_kind(thing):
                # "halted its main unit", "services were suspended"; but "we will not close
                # the plant", "there are no plans to close the plant": it goes on working
                return thing, kept
    return None


CLOSING_WORDS = re.compile(r"\bclos|\bshut", re.I)


def _works_closed(verb: Token, ctx: ArticleContext) -> Token | None:
    """The plant, site or mine a closing verb closes: its object, its passive subject, the
    subject of "the plant will close" (or of the verb it completes: "Neuwied is supposed to
    close"), "any of our plants"; a town the company's plant is in, in a report on a company."""
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    transitive = any(c.dep_ == "dobj" for c in verb.children)
    for holder in holders:
        for c in holder.children:
            if c.dep_ not in ("dobj", "nsubjpass") and not (c.dep_ == "nsubj" and not transitive):
                continue
            thing = _of_what(c) if c.pos_ == "PRON" else c  # "any of our plants"
            if thing is None:
                continue
            if lemma(thing) in lx.WORKS_NOUNS:
                return thing
            # "will not close Neuwied" (or "Karolinka", which the model takes for a person but
            # the report names as a place)
            # (its own closing: not "its rival would close Karolinka too")
            doer = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            by_itself = doer is None or doer.pos_ == "PRON"
            placed = thing.ent_type_ in PLACE_ENTS or thing.lower_ in ctx.region and by_itself
            if thing.pos_ == "PROPN" and placed and ctx.main_org:
                return thing
    return None


# What closes a plant that no plan does: "after the earthquake", "because of the floods".
CLOSED_BY_WHAT_HAPPENED = frozenset(["after", "following", "because", "due", "amid"])
# A closing told as a thing: "the closure of the plant", "the closing of its plant in Prešov".
CLOSING_ACT_NOUNS = frozenset(["closure", "closing", "shutdown"])
# Verbs that make a named closing a company's plan, or rule it out: "announced the closure of
# its plant", "does not plan the closing of its plant", "ruled out the closure".
CLOSING_PLAN_VERBS = frozenset(["announce", "plan", "confirm", "decide", "approve", "prepare", "intend"])
RULING_OUT_VERBS = frozenset(["rule", "exclude", "deny", "reject"])  # (not "disputed the closure")


def _closing_named(closing: Token) -> tuple[Token, bool] | None:
    """(the works, whether ruled out) of a closing told as a noun that a company plans or rules
    out: "announced the closure of its plant in Prešov", "does not plan the closing of its
    plant", "the closing of the plant is not on the table" (ruled out). Not "speculation about
    the closure", "feared the closure", nor a closing "under way" (none of those verbs)."""
    if lemma(closing) not in CLOSING_ACT_NOUNS and closing.lower_ not in CLOSING_ACT_NOUNS:
        return None
    works = next((o for o in _objects_of(closing, "of") if lemma(o) in lx.WORKS_NOUNS), None)
    if works is None or _says_none(works) and closing.dep_ != "nsubj":
        return None
    for_a_while = [c for c in closing.children if c.dep_ == "prep" and c.lower_ in ("until", "till", "for")
                   and not any(o.lower_ == "good" for o in c.children)]  # (not "for good")
    if for_a_while or any(c.lower_ in lx.TEMPORARY_WORDS for c in closing.children):
        return None  # "the closing of its factory until December": for a while, no plan to close
    around = [g for t in (closing, closing.head) for c in t.children for g in (c, *c.children)]
    if any(c.dep_ in ("prep", "advcl", "mark") and c.lower_ in CLOSED_BY_WHAT_HAPPENED
           or c.lower_ == "precaution" for c in around):
        return None  # "announced the closure of its plant after the earthquake": a stop, no plan
    head = closing.head
    if closing.dep_ == "dobj" and lemma(head) in CLOSING_PLAN_VERBS:
        return works, _negated(head)
    if closing.dep_ == "dobj" and lemma(head) in RULING_OUT_VERBS and not _negated(head):
        return works, True
    if closing.dep_ == "nsubj" and lemma(head) == "be" and _negated(head) and any(
        lemma(t) == "table" and t.head.lower_ == "on" for t in head.subtree
    ) and not any(t.lower_ in ("now", "yet") for t in head.subtree):  # (not "for now")
        return works, True  # "the closing of the plant is not on the table"
    return None


def _works_places(works: Token) -> list[str]:
    """The towns a plant is named by: "the Plauen plant", "its plant in Zwickau", "the
    Osnabrück and Dresden plants" ([] if none)."""
    if works.pos_ == "PROPN":
        return [works.text]  # "will not close Neuwied"
    named = [t for t in works.lefts if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"]
    if not named:
        for prep in works.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                named = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
                break
    towns = [*named, *(c for t in named for c in t.conjuncts if c.pos_ == "PROPN")]
    return [" ".join([*(t.text for t in town.lefts if t.dep_ == "compound"), town.text]) for town in towns]


def _planned(verb: Token) -> bool:
    """Whether a closing is a plan: "will close", "would be shut", "plans to close", "no plans
    to close", "no intention of closing", "is supposed to close", "is not going to be closed",
    "will cut 480 jobs and close its base" (the future its first verb has), "is (not) being
    closed" (a closing under way)."""
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    shares_future = verb.dep_ == "conj" and verb.tag_ == "VB" and not own_aux  # not "and closed"
    if has_future_aux(verb) or shares_future and has_future_aux(verb.head):
        return True
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return True
    return _planning_word(verb) is not None


def _planning_word(verb: Token) -> Token | None:
    """The word that makes `verb` a plan: "plans" in "plans to close", "no plans for closing",
    "no plans for layoffs or for closing it"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in ("for", "of"):
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        head = head.head
    elif verb.dep_ not in ("xcomp", "acl", "advcl"):
        return None
    return head if lemma(head) in lx.PLANNING_WORDS and head.i != verb.i else None


def _closing_ruled_out(verb: Token, works: Token) -> bool:
    """ "will not close", "no plant will be closed", "there are no plans to close", "does not
    plan to shut", "there is no decision to close", "is not going to be closed", "denied that
    it planned to close its plant", "denied a report that it plans to shut its plant"."""
    if _negated(verb) or _says_none(works) or _under_denial(verb):
        return True
    plan = _planning_word(verb)
    return plan is not None and (_negated(plan) or _says_none(plan))


def _under_denial(verb: Token) -> bool:
    """Whether `verb` tells what a denial denies: "denied that it planned to close", "denied a
    union report that it plans to cut jobs and shut its plant"."""
    node = verb
    while node.head.i != node.i:
        head = node.head
        if lemma(head) in lx.DENIAL_VERBS:
            # not "denied a report of cuts but said it would close the plant", nor "did not deny"
            return node.dep_ != "conj" and not _negated(head)
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in CLAUSE_DEPS:
            return False
        node = head
    return False


# How a clause hangs under the verb or noun that tells it: "denied that it planned to close".
CLAUSE_DEPS = frozenset(["ccomp", "xcomp", "conj", "acl", "relcl", "pcomp"])


def _closing_company(verb: Token, works: Token, frame: Frame | None) -> str:
    """Whose plant, when the sentence names the company that closes it ("Volta plans to close
    its plant", "rival BMW will close", "Bosch said it would close its plant"); "" when it
    names none ("the Plauen plant will close", "the company said it will close"): then the
    report's company (_plans_of_its_company)."""
    if works.dep_ in ("nsubj", "nsubjpass") or works.head.i != verb.i:
        return ""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "PRON" and frame is not None:
        first = frame.speaker.text.split()[0] if frame.speaker.text else ""
        by_name = first[:1].isupper() and first.lower() not in ("the", "a", "an", "its", "we", "it")
        return company_name(frame.speaker.side) if by_name else ""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "it would cut 3,200 jobs and close its plant in Bochum": its
    for holder in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        # "German car parts supplier Brandt Kabelsysteme will close": the name, not "supplier"
        named = next((c for c in holder.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if named is not None:
            return " ".join(t.lower_ for t in (*(t for t in named.lefts if t.pos_ == "PROPN"), named))
    return ""


def _closed_by_others(verb: Token, frame: Frame | None) -> bool:
    """A closing a company does not plan: by a strike, its workers, a government, a court ("the
    strike will shut the plant", "the government will shut the mine in 2030", "Germany will shut
    its last nuclear plants"), or told by an authority of itself ("the ministry said it would
    shut the plant")."""
    said_by = {w.lower().removesuffix("s") for w in frame.speaker.text.split()} if frame else set()
    # (a state's word, not "Qatar Airways said": a company named after its country speaks for itself)
    state = frame is not None and names_a_side(frame.speaker.side)
    by_an_authority = bool(said_by & lx.NOT_THE_COMPANY) or state
    holders = (verb, verb.head) if verb.dep_ in ("xcomp", "conj") else (verb,)
    for holder in holders:
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        words = {lemma(t) for t in subj.subtree}
        # (a country itself, not "German carmaker Brenner Autowerke", a company)
        named = [t.lower_ for t in subj.subtree if t.i == subj.i or (t.dep_, t.head) == ("compound", subj)]
        if words & lx.NOT_THE_COMPANY or country_in(named):
            return True
        return subj.pos_ == "PRON" and by_an_authority  # "regulators said they would shut it"
    return by_an_authority  # "the mine will be shut down, the ministry said"


def _no_plan_told(verb: Token) -> bool:
    """A closing wondered about, feared, dropped, or for a while: "unclear whether it will
    close", "feared the plant would close", "dropped plans to close", "would have closed",
    "only as a last resort", "will shut the plant for two weeks", "will close early"."""
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True  # "would have closed": it did not
    if any(c.lower_ in ("only", "unless") for c in verb.subtree):
        return True  # "would close the plant only as a last resort"
    said_of_time = (c for c in verb.children if c.dep_ in ("prep", "advmod", "npadvmod"))
    told_when = (t.lower_ for c in said_of_time for t in c.subtree)
    if any(word in lx.TEMPORARY_WORDS or word in WEEKDAYS for word in told_when):
        return True  # "for two weeks", "temporarily", "on Tuesday"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "during"):
            return True  # "closed to the public", "during the renovation"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children):
            return True  # "while investigators work"
    node = verb
    while node.head.i != node.i:
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
            return True  # "unclear whether it will close", "refused to say whether it would"
        head = node.head
        if lemma(head) in lx.SPECULATION_VERBS or lemma(head) in lx.REVERSAL_VERBS:
            return True  # "feared it would close", "dropped plans to close"
        if lemma(head) in lx.PLANNING_WORDS and lemma(head.head) in lx.REVERSAL_VERBS:
            return True  # "scrapped its plan to close", "reversed its decision to close"
        planned_once = any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
        if lemma(head) in lx.PLANNING_WORDS and planned_once:
            return True  # "had planned to close the plant but reversed course"
        if head.pos_ in ("VERB", "AUX") and node.dep_ not in CLAUSE_DEPS:
            return False
        node = head
    return False


def _kept_open(verb: Token) -> bool:
    """ "will not close the plant", "there are no plans to close it" (or "for closing it"),
    "does not plan to shut it": a closing ruled out, so the place goes on working (not "will
    not close it until 2027", "before February", "if the state pays", nor "no plans to close
    any other plants")."""
    if _closing_put_off(verb):
        return False
    if _negated(verb) and has_future_aux(verb):
        return True
    # "no plans to close it", "no plans for closing it", "no intention of closing it"
    plan = _planning_word(verb) if verb.dep_ != "advcl" else None
    if plan is None or lemma(plan) not in ("plan", "intention", "intend", "prepare", "decision"):
        return False
    if lemma(plan) == "decision" and any(t.lower_ in ("yet", "still") for t in plan.sent):
        return False  # "no decision yet to close the plant": undecided, not kept open
    return _negated(plan) or _says_none(plan)


def _closing_put_off(verb: Token) -> bool:
    """A closing ruled out only for now, on a condition, or of other places: "until 2027",
    "before February", "immediately", "if the state provides subsidies", "any other plants"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("until", "till", "before"):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("immediately", "yet", "now", "soon"):
            return True
        condition = any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in c.children)
        if c.dep_ == "advcl" and condition:
            return True
        if c.dep_ == "dobj" and any(m.lower_ in ("other", "further", "more") for m in c.subtree):
            return True
    return False


def _facility_owner(facility: Token, verb: Token, speaker: Speaker, region: tuple[str, ...]) -> str:
    """Whose a facility is, when a country: "Lithuania's crossings", "the Polish border
    crossings", "Poland closed its crossings", "Lithuania said its crossings remained open"
    (one country's crossings say nothing of another's)."""
    named = [t.lower_ for c in facility.children if c.dep_ in ("poss", "compound", "amod") for t in c.subtree]
    owner = country_in(named)
    if owner:
        return owner
    if facility.dep_ == "dobj":  # "Poland closed the crossings": a country closes its own
        agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        owner = country_in([agent.lower_]) if agent is not None else None
        if owner:
            return owner
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in facility.children):
        # a country speaking of its own ("Lithuania said its crossings remained open")
        return speaker.side if country_in([speaker.side]) or speaker.side in region else ""
    return ""


def _for_a_gathering(noun: Token) -> bool:
    """ "its estimate of 6,500 for the Skopje protest", "the figure for the march": a count of
    those who came, whatever the report counted before."""
    if lemma(noun) == "toll":
        return False  # "the toll for Saturday's protest": its dead
    holder = noun
    while holder.dep_ in ("pobj", "prep") and holder.head.i != holder.i:
        holder = holder.head  # ("stood by its estimate of 6,500 for ...": "for" is the verb's)
    verb = holder.head if holder.dep_ == "dobj" else holder
    holders = (noun, verb) if lemma(verb) in lx.FIGURE_GIVING_VERBS else (noun,)
    return any(
        c.dep_ in ("prep", "dative") and c.lower_ == "for"  # ("gave a number of 20,000 for the rally")
        and any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") and lx.TOPICS.get(lemma(o)) == "protest"
            for o in c.children  # (not "the figure for March")
        )
        for h in holders for c in h.children
    )


def _number_of_what(noun: Token | None) -> str | None:
    """ "the number arrested" -> detained, "the number of people killed" -> deaths."""
    if noun is None:
        return None
    counted = _counted_by(noun)
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if counted is not None and counted[1] is not None:
        verbs.append(counted[1])
    for verb in verbs:
        if lemma(verb) in lx.PEOPLE_VERBS and lemma(verb) in lx.VERB_MEASURES:
            return lx.VERB_MEASURES[lemma(verb)]
    return None


def _recall_of(verb: Token | None) -> bool:
    """ "the recall covers 98,400 vehicles", "the recall concerned only two batches"."""
    return (
        verb is not None
        and lemma(verb) in lx.COVER_VERBS
        and any(c.dep_ == "nsubj" and lemma(c) == "recall" for c in verb.children)
    )


def _disease_cases(noun: Token | None, verb: Token | None, of_a_disease: bool = False) -> bool:
    """Cases of a disease: "312 cholera cases", "530 cases, suspected and confirmed" in a
    report on an outbreak, "admitted six patients with cholera". `of_a_disease`: the article
    names one, so its cases are that disease's wherever they are counted."""
    if noun is None:
        return False
    if _samples_positive(noun, verb):
        return lx.DISEASE.search(text_of(noun.sent)) is not None  # "14 samples tested positive for cholera"
    # the paragraph speaks of an outbreak; or the article names a disease and the cases are
    # cases plainly (not "87 cases of kidnapping", "45 prosecution cases")
    cases = lemma(noun) in lx.CASE_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ in ("against", "under") for c in noun.children
    )  # (not "registered 12 cases against people spreading rumours about Nipah")
    cared_for = verb is not None and lemma(verb) in lx.CARE_VERBS
    patients = cared_for and lemma(noun) in ("patient", "people", "person")
    if not cases and not patients:
        return False  # (asked first: the paragraph's text is joined token by token)
    plainly = not any(c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    if not lx.DISEASE.search(noun.doc.text) and not (of_a_disease and plainly):
        return False
    if cases or lx.DISEASE.search(" ".join(t.text for t in noun.subtree)) is not None:
        return True
    # ("its teams have treated 212 patients" in a sentence on a cholera outbreak, not hurt ones)
    told = text_of(noun.sent)
    outbreak = re.search(r"\b(?:outbreak|epidemic)s?\b", told, re.IGNORECASE) is not None
    # ("treated 40 patients injured in the blast")
    hurt = any(c.dep_ in ("amod", "acl")
               and (c.lower_ in lx.ADJECTIVE_MEASURES or lemma(c) in lx.VERB_MEASURES) for c in noun.children)
    return outbreak and not hurt and lx.DISEASE.search(told) is not None


def _case_status(noun: Token | None, verb: Token | None) -> str:
    """Whether the cases counted are the suspected or the confirmed ones ("" if it says not):
    "37 cases have been confirmed by the laboratory" do not count the 148 suspected."""
    # ("no suspected or confirmed cases": both)
    said = {g.lower_ for c in noun.children for g in (c, *c.conjuncts)} if noun is not None else set()
    if said & lx.SUSPECTED_WORDS and said & lx.CONFIRMED_WORDS:
        return ""  # "530 cases, suspected and confirmed": both
    if said & lx.SUSPECTED_WORDS:
        return "suspected"
    if said & lx.CONFIRMED_WORDS or verb is not None and lemma(verb) == "confirm" and noun is not None and (
        noun.dep_ == "nsubjpass"
    ):
        return "confirmed"
    return "confirmed" if noun is not None and _samples_positive(noun, verb) else ""


def _samples_positive(noun: Token, verb: Token | None) -> bool:
    """ "14 samples tested positive", "three specimens came back positive": confirmed cases."""
    # (not "14 water samples from wells": the water's, no patient's)
    return (
        verb is not None
        and lemma(noun) in lx.SAMPLE_NOUNS
        and noun.dep_ == "nsubj"
        and not any(lemma(t) in lx.NOT_PATIENT_SAMPLES for t in noun.subtree)
        and lemma(verb) in ("test", "return", "come", "prove")
        and any(c.lower_ == "positive" for c in verb.subtree if c.head.i == verb.i or c.head.head.i == verb.i)
    )


def _driven_from_home(verb: Token) -> bool:
    """ "forced 41,000 people to flee", "has driven 12 million from their homes", "1,200
    people had to leave their homes", "300 residents were moved out of their homes"."""
    # (told as done: not "plan to ask 5,000 residents to leave their homes", nor "urged them
    # not to leave")
    done = verb.dep_ != "xcomp" and not _negated(verb)
    sent_away = lemma(verb) in lx.SENT_AWAY_VERBS and any(
        c.dep_ == "xcomp" and _leaves_home(c) for c in verb.children
    )
    if done and (_leaves_home(verb) or sent_away):
        return True
    if lemma(verb) == "move":  # moved out of their homes (not patients moved to another hospital)
        homes = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "out"))
        return done and any(lemma(g) in ("home", "house") for c in homes for g in c.subtree)
    if lemma(verb) not in lx.DRIVE_OUT_VERBS:
        return False
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and lemma(c) in lx.FLEE_VERBS:
            return True
        home = any(lemma(g) in ("home", "house") for g in c.subtree)
        # "driven out of Nyabiondo and the surrounding villages": out of where they lived
        place = any(g.ent_type_ in PLACE_ENTS or lemma(g) in PLACE_NOUNS for g in c.subtree)
        if c.dep_ == "prep" and c.lower_ in ("from", "out") and (home or place):
            return True
    return False


def _leaves_home(verb: Token) -> bool:
    """ "left their homes", "abandoned their houses" (not "left their homes to join the march",
    nor "told not to leave their homes")."""
    if lemma(verb) not in lx.FLEE_VERBS or _negated(verb) or any(_purpose(c) for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and lemma(c) in ("home", "house") for c in verb.children)


def _purpose(clause: Token) -> bool:
    """ "to join the march": a clause that says what for."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return to and clause.dep_ in ("xcomp", "advcl")


def _out_of_service(verb: Token) -> bool:
    """ "put the plant out of service", "is out of operation", "knocked it out of action"."""
    return any(
        c.lower_ == "out" and any(lemma(g) in lx.SERVICE_NOUNS for g in c.subtree) for c in verb.children
    )


def _facility_kind(noun: Token) -> str:
    """ "the enterprise", "its primary processing unit" -> "plant"; "bus lines" -> "transport";
    "the assembly lines" -> "plant"."""
    kind = lx.FACILITY_KINDS.get(lemma(noun), "")
    if lemma(noun) == "system":  # ("the automatic signalling system": the signals)
        kind = next((k for c in noun.lefts if c.dep_ in ("compound", "amod")
                     and (k := lx.FACILITY_KINDS.get(lemma(c), "")) == "signals"), "")
    if kind == "signals" and not any(lemma(t) in RAILWAY_WORDS for t in noun.doc):
        return ""  # a railway's signals (not "the distress signal did not work")
    if lemma(noun) == "generation" and not _power_generation(noun):
        return ""  # "the younger generation has stopped going to church"
    if lemma(noun) == "operation" and noun.tag_ == "NN":
        return "operation"  # "the rescue operation was suspended": no plant ("operations" are a plant's)
    if kind == "transport" and any(lemma(c) in ("assembly", "production") for c in noun.lefts):
        return "plant"
    return kind


def _power_generation(noun: Token) -> bool:
    """ "generation has been halted", "power generation", "generation of electricity" (not "the
    younger generation", "a new generation of reactors")."""
    if any(c.dep_ == "amod" for c in noun.children):
        return False
    of = _of_what(noun)
    return of is None or lemma(of) in ("power", "electricity", "energy")


def _of_what(noun: Token) -> Token | None:
    """ "control of the army base": the base."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _taken_by_name(verb: Token, held: Token, ctx: ArticleContext) -> bool:
    """ "Kotlyne has not been taken", "Kotlyne was captured on Monday": a name a side takes is
    a place's when the model tags it as one or not at all, or the report names it as a place
    elsewhere (not "Maduro was captured", "the Galaxy Leader was seized"); and not "taken to
    hospital", "taken hostage", "taken aback", "taken from Nir Oz", "captured on camera",
    "overrun with orders"."""
    if held.pos_ != "PROPN":
        return False
    named_place = held.ent_type_ in PLACE_ENTS or held.lower_ in ctx.region or held.lower_ in CITIES
    if held.ent_type_ and not named_place:
        return False  # tagged as a person, a group, a ship or a product
    if not named_place and any(c.dep_ == "det" for c in held.children):
        return False  # "the Galaxy Leader was seized": a town's name takes no article
    for c in verb.children:
        if c.dep_ in ("oprd", "attr", "xcomp", "dobj", "acomp"):
            return False
        if c.dep_ in ("prt", "advmod") and c.lower_ in lx.NOT_TAKEN_PARTICLES:
            return False
        if c.dep_ == "prep" and (
            c.lower_ in ("to", "into", "away", "from", "with")
            or any(lemma(g) in lx.RECORDING_MEDIA for g in c.children)
        ):
            return False
    return True


def _place_named(obj: Token) -> str | None:
    """For an act's object that is a settlement ("the border village of Lesno", "Lesno" in
    "fired on Lesno"), its name ("" when unnamed: "shelled the village"); None: no place."""
    if obj.pos_ == "PROPN":
        # a target of "fire on" is a place unless tagged otherwise; the model tags some
        # unknown towns as people
        if obj.ent_type_ in PLACE_ENTS or obj.dep_ == "pobj" and obj.ent_type_ not in ("ORG", "NORP", "DATE"):
            return proper_name(obj)
        return None
    if lemma(obj) not in PLACE_NOUNS:
        return None
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
        for name in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            return name.lower_
    return ""


def _left_out_of_a_count(verb: Token) -> bool:
    """ "are often not captured in the official figures", "were not included in the toll":
    things a count leaves out, not a count of none ("had not recorded any deaths", "did not
    record deaths" still deny)."""
    counts = lx.FIGURE_NOUNS | {"statistic", "record", "data", "count"}
    # "the district's figures did not yet include deaths reported by ...": left out (not "the
    # hospital's records did not contain any deaths": a record of what happened)
    tallies = lx.FIGURE_NOUNS | {"statistic", "count"}
    if lemma(verb) in ("include", "contain", "cover", "reflect") and any(
        c.dep_ == "nsubj" and lemma(c) in tallies for c in verb.children
    ):
        return True
    if lemma(verb) not in lx.RECORDING_VERBS:
        return False
    hedged = any(c.dep_ == "advmod" and c.lower_ in ("often", "usually", "rarely") for c in verb.children)
    in_a_count = any(
        c.dep_ == "prep" and c.lower_ in ("in", "into") and any(lemma(g) in counts for g in c.children)
        for c in verb.children
    )
    return hedged or in_a_count


def _planned_act(verb: Token, plan: Token) -> tuple[Token, Token] | None:
    """What a company says it has no plan for, when that is a company measure: "we have no
    plans to close any of our stores" -> (close, stores), as "no plans for layoffs" denies
    job cuts. Not a plan only not told of ("did not disclose plans to cut jobs"), nor acts
    that are not a company's own counts ("no plans to attack", "to call off the strike")."""
    if lemma(plan) not in lx.PLAN_NOUNS or lemma(verb) not in ("have", "be"):
        return None
    acts = [c for c in plan.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    acts += [g for c in plan.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
    for act in acts:
        obj = next((c for c in act.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "PRON":
            obj = _of_what(obj)  # "any of our stores"
        if obj is not None and obj.pos_ == "NOUN" and (
            _object_measure(act, obj) in lx.ORG_MEASURES or lemma(act) in ("close", "shut")
        ):
            return act, obj  # ("no plans to close any schools": closing them ruled out)
    return None


# What a company may say it plans none of ("No closures are planned").
PLANNED_MEASURES = {
    "closure": "closures", "layoff": "job_cuts", "redundancy": "job_cuts", "retrenchment": "job_cuts",
    "dismissal": "job_cuts", "closing": "closures",
}


def _second_plan_denied(verb: Token) -> str | None:
    """The company measure a second "no plan for ..." joined to a first denies: "there is no plan
    to close Šentjur and no plan for layoffs", "... and no plans to reduce its workforce" ->
    job_cuts (none when the first plan is for it too)."""
    plans = (c for c in verb.children if c.dep_ in ("attr", "dobj") and lemma(c) in lx.PLANNING_WORDS)
    obj = next(plans, None)
    if obj is None or not _says_none(obj):
        return None
    # (the second joined to the first, or to the verb: "there are no plans to close X and no plans
    # for layoffs")
    joined = [*obj.children, *(c for c in verb.children if c.i > obj.i)]
    for plan in (c for c in joined if c.dep_ == "conj" and lemma(c) == lemma(obj) and _says_none(c)):
        for measure in _measures_planned(plan):
            if measure not in _measures_planned(obj):
                return measure
    return None


def _measures_planned(plan: Token) -> list[str]:
    """The company measures a plan is for: "plans for layoffs", "plans to reduce its workforce"."""
    found = [PLANNED_MEASURES[lemma(p)] for p in _objects_of(plan, "for") if lemma(p) in PLANNED_MEASURES]
    for clause in (c for c in plan.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
        inner = _object(clause)
        measure = _object_measure(clause, inner) if inner is not None else None
        if measure is not None and measure in PLANNED_MEASURES.values():
            found.append(measure)
    return found


def _org_side(frame: Frame, ctx: ArticleContext) -> str:
    """The organisation a teller speaks for, if it is one: not a role of none ("the
    administrator", "the spokesman", who speak for the company the report is about)."""
    side, told_as = frame.speaker.side, set(frame.speaker.text.lower().split()) - {"the"}
    role_only = told_as <= lx.ROLE_NOUNS | lx.TITLE_WORDS  # ("the administrator", named apart or not)
    own = side in ctx.org_sides and set(side.split()).isdisjoint(lx.ROLE_NOUNS) and not role_only
    return side if own else ""


def _for_a_cause(verb: Token) -> bool:
    """ "dismissed for joining the strike", "over the protest", "12 employees accused of theft": a
    sanction for what they did; "dismissed from the hospital": discharged, as a translation words it."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "over", "from") for c in verb.children) or any(
        t.lower_ in ("accused", "suspected", "convicted", "charged") for t in verb.subtree
    )


def _no_plan_of(verb: Token) -> str | None:
    """ "There is no plan of closing", as a translation words "no plan to close": no closure
    (of the works the report is about)."""
    if lemma(verb) != "be" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    plans = [c for c in verb.children if c.dep_ == "attr" and lemma(c) in lx.PLAN_NOUNS and _says_none(c)]
    acts = [o for p in plans for o in _objects_of(p, "of") if not any(c.dep_ == "prep" for c in o.children)]
    return next((PLANNED_MEASURES[a.lower_] for a in acts if a.lower_ in PLANNED_MEASURES), None)


def _none_planned(verb: Token) -> str | None:
    """The company measure "No closures are planned", "no layoffs were planned", "no
    redundancies are being prepared" say none of."""
    if lemma(verb) not in NONE_PLANNED_VERBS:
        return None
    if any(c.dep_ in ("oprd", "acomp", "xcomp", "attr") for c in verb.children):
        return None  # ("no further job cuts were considered likely": judged, not planned)
    for c in verb.children:
        if c.dep_ == "nsubjpass" and _says_none(c):
            if lemma(c) in PLANNED_MEASURES:
                return PLANNED_MEASURES[lemma(c)]
            if lemma(c) == "cut" and any(lemma(g) == "job" for g in c.lefts):
                return "job_cuts"  # "no job cuts are planned"
    return None


# What a company says none of its measures are: "planned", "being prepared", "considered".
NONE_PLANNED_VERBS = frozenset(["plan", "prepare", "consider", "envisage", "contemplate"])
# Pronouns of whoever it may be: "lay anyone off", "would not arrest anybody".
ANYONE = frozenset(["anyone", "anybody", "everyone", "everybody"])


def _object(verb: Token) -> Token | None:
    """The thing acted on; for "have no plans for X", X."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and (child.pos_ in ("NOUN", "PROPN") or child.lower_ in ANYONE):
            return child  # ("no plans to lay anyone off")
    for child in verb.children:
        if child.dep_ == "xcomp":
            found = _object(child)
            if found is not None:
                return found
    return None


# Verbs by which an authority says there is an outbreak, or was a leak.
DECLARING_VERBS = frozenset(["declare", "confirm", "acknowledge", "announce", "admit"])


def _declared(verb: Token, obj: Token, disease_told: bool = False) -> str | None:
    """What an authority says there is: "has formally declared an outbreak in the region",
    "confirmed a measles outbreak" (cases of a disease its report names, against "there is no
    meningitis outbreak", and "a diphtheria outbreak has been confirmed"); "inspectors have
    confirmed a leak of cyanide solution" (leaked, against "there has been no leak"). Not "has
    not declared an outbreak" or "no outbreak has been confirmed", which say nothing of the
    cases; nor "declared the outbreak over"."""
    if lemma(verb) not in DECLARING_VERBS or obj.dep_ not in ("dobj", "nsubjpass") or _negated(verb):
        return None
    if _says_none(obj):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "has yet to confirm a leak", "refused to declare an outbreak"
    if any(t.lower_ in OUTBREAK_ENDED for t in verb.subtree if t.i > obj.i):
        return None
    if _an_outbreak_of_people(obj, disease_told):
        return "cases"
    return "leaked" if lx.NOUN_MEASURES.get(lemma(obj)) == "leaked" and _a_spill(obj) else None


# What leaks that is no substance: "a leak of classified documents", "of customer data".
LEAKED_WORDS = frozenset(
    "data document documents paper papers information email emails file files record records detail details "
    "secret secrets intelligence memo letter recording video".split()
)


def _a_spill(leak: Token) -> bool:
    """ "a leak of cyanide solution", "a leak from its pipeline": a substance that escaped (not "a
    leak of classified documents", nor one "inside the reactor building", which escaped nothing)."""
    for prep in (c for c in leak.children if c.dep_ == "prep"):
        held = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "of" and any(t.lower_ in LEAKED_WORDS for o in held for t in o.subtree):
            return False
        if prep.lower_ == "inside" or prep.lower_ == "in" and any(lemma(o) in INSIDE_PARTS for o in held):
            return False
    return True


# Parts a leak may be inside of, which it does not leave: "a leak in the engine room".
INSIDE_PARTS = frozenset("room hull building reactor compartment cabin chamber vessel tank".split())


# What says an outbreak is over: "declared the Ebola outbreak over", "... ended".
OUTBREAK_ENDED = frozenset(["over", "ended", "end", "contained"])
# What says an outbreak is among animals, not people: "an outbreak of H5N1 at a poultry farm".
ANIMAL_WORDS = frozenset(
    """animal animals livestock cattle poultry bird birds chicken chickens farm farms pig pigs goat
    goats herd herds flock flocks dairy cow cows turkey turkeys duck ducks mink swine hog hogs
    sheep camel camels""".split()
)


def _an_outbreak_of_people(outbreak: Token, disease_told: bool = False) -> bool:
    """ "a meningitis outbreak", "an outbreak of cholera", a bare "outbreak" in a paragraph (or,
    `disease_told`, a report) that names a disease: an outbreak whose cases are people (not "an
    outbreak of violence", nor bird flu "at a poultry farm")."""
    if lemma(outbreak) == "poisoning" and any(lemma(c) == "food" for c in outbreak.lefts):
        return True  # "confirmed a collective food poisoning": people fell ill
    if lemma(outbreak) not in ("outbreak", "epidemic"):
        return False
    # (its own words: "a measles outbreak", "an outbreak of Marburg virus disease", not a clause
    # after them)
    of_what = _of_what(outbreak)
    named = " ".join(t.text for w in (outbreak, of_what) if w is not None for t in (*w.lefts, w))
    of = of_what is not None
    if of and lx.NAMED_DISEASE.search(named) is None:
        return False  # "an outbreak of violence"
    if any(t.lower_ in ANIMAL_WORDS for t in outbreak.doc):
        return False  # (in its paragraph: "an outbreak in a dairy herd in Weld County")
    if of:
        return lx.NAMED_DISEASE.search(named) is not None
    return disease_told or lx.NAMED_DISEASE.search(outbreak.doc.text) is not None


def _outbreak_under_way(verb: Token) -> bool:
    """ "a meningitis epidemic is under way", "the outbreak was underway" (not "no outbreak is
    under way")."""
    if lemma(verb) not in ("be", "remain") or _negated(verb):
        return False
    outbreak = next((c for c in verb.children if c.dep_ == "nsubj" and _an_outbreak_of_people(c)), None)
    if outbreak is None or _says_none(outbreak):
        return False
    return any(
        c.lower_ == "underway" or c.lower_ == "under" and any(o.lower_ == "way" for o in c.children)
        for c in verb.children
    )


def _object_measure(verb: Token, obj: Token, disease_told: bool = False) -> str | None:
    """ "no plans for layoffs" -> job_cuts; "cut jobs" -> job_cuts (`disease_told`: the report
    names a disease, whose outbreak a bare "declared an outbreak" declares)."""
    if declared := _declared(verb, obj, disease_told):
        return declared
    if _is_remains(obj) and any(c.dep_ == "poss" or c.lower_ == "the" for c in obj.children):
        # "we have not seen their bodies", "had not received the bodies of their sons": the
        # bodies of the dead already told of, no count of deaths (not "no bodies were found")
        return None
    if _is_remains(obj) and lemma(verb) not in lx.BODY_RECOVERY_VERBS | lx.RECORDING_VERBS:
        return None  # "families who have not received a body": none handed over, not none dead
    words = [  # "plans for layoffs", "the count of the march"; not "pepper spray against protesters"
        obj,
        *[
            p
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "on")
            for p in prep.children
            if p.dep_ == "pobj"
        ],
    ]
    # ("no plans to close Karolinka and no plans to lay anyone off": the second plans too)
    also = [c for c in obj.children if c.dep_ == "conj" and lemma(c) == lemma(obj)]
    for clause in (c for plans in (obj, *also) for c in plans.children):
        if clause.dep_ in ("acl", "relcl", "xcomp") and clause.pos_ == "VERB":
            inner = _object(clause)
            if inner is not None:
                found = _object_measure(clause, inner)
                if found:
                    return found
    people = lx.PERSON_NOUNS | lx.PARTICIPANT_NOUNS | lx.MILITARY_NOUNS | lx.CIVILIAN_NOUNS
    if lemma(verb) in lx.PEOPLE_VERBS and lemma(obj) in people and lemma(verb) in lx.VERB_MEASURES:
        return lx.VERB_MEASURES[lemma(verb)]  # "denied that its agents had detained migrants"
    if obj.dep_ == "nsubjpass" and lx.NOUN_MEASURES.get(lemma(obj)) == "participants":
        return None  # "no protester was shot": what was done to them, no count of those who marched
    for particle in (c for c in verb.children if c.dep_ == "prt"):  # "lay off staff"
        if _not_a_turnout(verb):
            continue  # "the search turned up 14 more bodies"
        if (lemma(verb), particle.lower_) in lx.VERB_OBJECT_MEASURES:
            return lx.VERB_OBJECT_MEASURES[(lemma(verb), particle.lower_)]
    for word in words:
        of_jobs = any(c.dep_ == "compound" and lemma(c) in ("job", "staff", "workforce", "headcount")
                      for c in word.children)
        more = any(c.lower_ in ("further", "more", "additional", "new", "other") for c in word.children)
        mover = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # (a move's consequences: not "the strike did not lead to any job losses")
        moved = mover is not None and lemma(mover) in lx.COMPANY_MOVE_NOUNS | lx.MOVES_WITH_CONSEQUENCES
        bringing = lemma(verb) in JOB_CUT_PLAN_VERBS or lemma(verb) in CONSEQUENCE_VERBS and moved
        planned = bringing and lemma(word) in ("cut", "loss", "reduction")
        if planned and of_jobs and not more:
            # "we are not planning any job cuts" (not "no further job cuts": more than those
            # announced; nor "would resist any job cuts")
            return "job_cuts"
        if lemma(word) in lx.NOUN_MEASURES and lx.NOUN_MEASURES[lemma(word)] not in ("change",):
            if lx.NOUN_MEASURES[lemma(word)] == "leaked" and not _a_spill(word):
                return None  # "acknowledged a leak of classified documents": no spill
            return lx.NOUN_MEASURES[lemma(word)]
        if lemma(obj) in lx.FIGURE_NOUNS and word.i != obj.i and lemma(word) in lx.VERB_MEASURES:
            return lx.VERB_MEASURES[lemma(word)]  # "the count of Thursday's march"
        pair = (lemma(verb), lemma(word))
        if pair in lx.VERB_OBJECT_MEASURES and not _counted_as_its_own(verb, lx.VERB_OBJECT_MEASURES[pair]):
            if _no_care_after_all(verb, pair[1]):
                return None  # "sought help at relief camps", "received food aid": no one hurt
            return lx.VERB_OBJECT_MEASURES[pair]
    return None


def _no_care_after_all(verb: Token, sought: str) -> bool:
    """Help sought or aid received that was no care of the hurt: "sought help at relief camps",
    "sought legal help", "received food aid" (not "received first aid")."""
    if lemma(verb) == "seek":
        return not _medical_care_sought(verb)
    if sought == "aid":
        return not any(c.lower_ == "first" for o in verb.children if lemma(o) == "aid" for c in o.lefts)
    return False


def _medical_care_sought(verb: Token) -> bool:
    """ "nine passengers sought medical help", "sought treatment at hospitals": hurt (not
    "sought help from the police", "sought psychological help", "sought help at relief camps")."""
    sought = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if sought is None:
        return False
    kind = {t.lower_ for t in sought.lefts}
    if kind & lx.NOT_CARE_WORDS:
        return False
    return bool(kind & lx.CARE_WORDS) or lemma(sought) == "treatment"


def _counted_as_its_own(verb: Token, measure: str) -> bool:
    """ "Some 200 arrests followed the strike": a subject that names its own measure took no
    part in the strike."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = lx.NOUN_MEASURES.get(lemma(subject)) if subject is not None else None
    return measure == "participants" and own is not None and own != measure


# Verbs by which a company tells of job cuts it will or will not make.
JOB_CUT_PLAN_VERBS = frozenset(["plan", "consider", "prepare", "announce", "have", "be", "make", "expect"])
# What a move may bring about, job cuts among it: "would not lead to any job losses", "will mean
# no job cuts".
CONSEQUENCE_VERBS = frozenset(["mean", "entail", "involve", "cause", "bring", "lead", "result"])


def _not_a_turnout(verb: Token) -> bool:
    """Whether "turned out" or "showed up" counts no crowd: what a thing proved to be
    ("turned out to be wrong", "it turned out that"), what a search found ("turned up 14
    bodies"), or who came to work in a strike ("turned up for work", "showed up at schools")."""
    if lemma(verb) not in ("turn", "show"):
        return False
    for c in verb.children:
        if c.dep_ in ("ccomp", "acomp", "attr", "oprd", "dobj"):
            return True
        if c.dep_ in ("xcomp", "advcl") and lemma(c) in ("be", "work"):
            return True  # (but "turned out to vote", "showed up to march": a turnout)
        if c.dep_ == "prep" and any(lemma(o) in WORK_PLACES for o in c.children if o.dep_ == "pobj"):
            return True
    return False


# Where those who did not strike turned up: "for work", "at the factory", "for classes".
WORK_PLACES = lx.WORK_NOUNS | frozenset(
    ["class", "lesson", "school", "factory", "plant", "office", "mine", "site", "hospital", "desk"]
)


def _fighters_who_suffered(verb: Token) -> Token | None:
    """Who "suffered no losses", when it fights (its losses are its dead, not money): "the
    rebels", "our forces", or "it" said by an army (the army)."""
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if who is not None and who.pos_ == "PRON":  # "it had suffered no losses, the army said"
        said = verb.head if verb.dep_ in ("ccomp", "conj") else None
        who = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    if who is None or not any(lemma(t) in lx.MILITARY_NOUNS for t in who.subtree):
        return None
    return who


# Those whose losses are their dead: "no losses among the personnel", "among our ranks".
FIGHTING_RANKS = lx.MILITARY_NOUNS | {"rank"}


def _ranks_of(loss: Token) -> Token | None:
    """The ranks a loss was in, when it says whose: "no loss in the ranks of the FAMa"."""
    return next((o for p in loss.children if p.dep_ == "prep" and p.lower_ in ("among", "in")
                 for o in p.children if o.dep_ == "pobj" and lemma(o) == "rank"
                 and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)), None)


def _losses_among_fighters(obj: Token) -> bool:
    """ "no losses among the personnel of the army", "in the ranks of the FAMa": losses of
    fighters are their dead (not "no losses among investors")."""
    if lemma(obj) != "loss" or any(c.dep_ == "amod" for c in obj.children):
        return False  # (not "no significant losses": some)
    # ("no loss in the ranks of the FAMa")
    among = [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("among", "in") for o in p.children]
    return any(lemma(o) in FIGHTING_RANKS for o in among)  # (not "the army's aircraft")


def _suffered_by_the_speaker(verb: Token, speaker: Speaker) -> bool:
    """ "Baku said it had suffered no casualties", "we suffered no losses", said by a country:
    its own forces' losses (not "the rebels suffered no losses": theirs)."""
    if lemma(verb) not in lx.SUFFER_VERBS or not country_in([speaker.side]):
        return False
    said_by = speaker.text.lower()
    forces = any(w in said_by for w in ("army", "defence", "defense", "military", "armed forces"))
    if not (forces or names_a_side(said_by) or country_of_capital(said_by)):
        return False  # (not "Kenya's police service said it had suffered no casualties")
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return who is not None and who.lower_ in ("it", "we")


def _agent(verb: Token, ctx: ArticleContext) -> str:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    shared = shared_subject(verb, ("nsubj",)) if subj is None else None
    if shared is not None and _of_a_country(shared, ctx):
        # ("the RCAF have not fired on any village and have not crossed the border": the RCAF's,
        # a country's; not "its fighters killed 60 and seized the camp", of no one named)
        subj = shared
    if subj is None:  # "tear gas was fired by police"
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        subj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if subj is None:
        return ""
    subj = _of_the_whole(subj) or subj  # "part of the acid reached the river": the acid did
    if subj.pos_ == "PRON":
        return ""
    words = noun_phrase(subj)
    country = nationality_in([t.lower_ for t in words]) or _country_of(subj)  # ("Guinean troops")
    # ("the FAMa", after "the Armed Forces of Mali (FAMa)": Mali's)
    if not country and _a_short_name(subj):
        country = ctx.acronyms.get(subj.lower_)
    if lemma(subj) in lx.WEAPON_NOUNS:
        return country or ""  # "a Russian drone hit ...": Russia; "the drone": whoever sent it
    agent = country or canonical(words)
    *whose, head = agent.split() or [""]
    policed = country and any(lemma(t) == "police" for t in words) and not any(
        lemma(t) in ("military", "army", "defence", "defense") for t in words
    )
    if policed:
        # "the Ghana Police Service", "the Nigeria Police Force": a state's police, not its troops
        # (but "Ghana's military police" are its forces)
        agent = f"{country} police"
    elif head in lx.FORCE_NOUNS:  # "Dravian artillery" shelled, "Dravian units" did not fire
        agent = " ".join([*whose, "troop"])
    elif country and _of_a_force(subj):
        agent = f"{country} troop"  # "Malian soldiers crossed" (not "Malian refugees")
    return lx.AGENT_NAMES.get(agent, agent)  # "officers" fired, "police" did not


def _of_a_country(noun: Token, ctx: ArticleContext) -> bool:
    """Whether a noun phrase names a country's people or forces, by name, adjective or short name."""
    words = noun_phrase(noun)
    named = nationality_in([t.lower_ for t in words])
    return bool(named or _a_short_name(noun) and noun.lower_ in ctx.acronyms)


def _of_a_force(noun: Token) -> bool:
    """Whether a noun names a state's fighters: "soldiers", "the FAMa" (a short name spelled out
    as a country's forces), "units of the army"."""
    return lemma(noun) in A_COUNTRYS_FORCES or _a_short_name(noun)


def _a_short_name(token: Token) -> bool:
    """ "RDF", "FAMa": a short name, told by its capitals (`ArticleContext.acronyms`)."""
    return sum(ch.isupper() for ch in token.text) > 1


def _of_the_whole(part: Token) -> Token | None:
    """ "part of the acid", "a fraction of the spill": the whole a part is of (None if `part`
    names no part)."""
    if part.lower_ not in lx.PARTITIVE_WORDS:
        return None
    return next((o for p in part.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


# Who may act for a country named after "of": "the militia of Ethiopia", "the army of Chad".
A_COUNTRYS_FORCES = lx.MILITARY_NOUNS | lx.FORCE_NOUNS | {"militia", "police"}


def _country_of(noun: Token) -> str | None:
    """ "the militia of Ethiopia", "the army of Chad", "a unit of the Guinean army": the country
    named after "of" (not "supporters of Iran", "the Revolutionary Armed Forces of Colombia": a
    name)."""
    if noun.pos_ != "NOUN" or lemma(noun) not in A_COUNTRYS_FORCES:
        return None
    return next(
        (
            country_in(words) if o.pos_ == "PROPN" else nationality_in(words)
            for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and (o.pos_ == "PROPN" or lemma(o) in A_COUNTRYS_FORCES)
            for words in [[t.lower_ for t in o.subtree]]
        ),
        None,
    )


def _subject_is_speaker(verb: Token) -> bool:
    """ "We have no plans ...": the speaker talks about its own organisation."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children)


# How many sentences a quotation may run on before the one that says who said it.
QUOTE_SENTENCES = 4


def _quote_closer(sents: list[Span], marks: list[int], n: int) -> Span | None:
    """For a sentence that opens a quotation without closing it ("The report is false. The
    board has not discussed it," the bank said.), the sentence that closes it, which says
    who speaks; else None (`marks` as for `_quote_sources`)."""
    if not opens_on_a_quote(sents[n]) or marks[n] % 2 == 0:
        return None
    for later in range(n + 1, min(n + 1 + QUOTE_SENTENCES, len(sents))):
        if marks[later] % 2 == 1:
            return sents[later]
        if marks[later]:
            return None
    return None


def _quote_sources(sents: list[Span], marks: list[int], n: int) -> tuple[Span, ...]:
    """The sentence that says who speaks sentence `n` of a paragraph, when it lies in a
    quotation that opens a sentence: the one that closes the quotation, when words after it name
    the speaker ("The report is false. The board has not discussed it," the bank said.); else,
    for a quotation that goes on after its speaker was named ("It is false," the bank said. "The
    board has not discussed it. Nor will it."), the one that named the speaker; none outside
    quotations. `marks`: the number of quotation marks in each of the paragraph's sentences."""
    if sum(marks[:n]) % 2 == 0:  # no quotation goes on into this sentence: does one open here?
        # (or a whole one, with no speaker after it: '"It is false," the bank said. "We stand by
        # our figures."')
        whole = bool(marks[n]) and marks[n] % 2 == 0 and not _names_after_the_quote(sents[n])
        opened = n if opens_on_a_quote(sents[n]) and (marks[n] % 2 == 1 or whole) else None
    else:
        opened = max(k for k in range(n) if sum(marks[:k]) % 2 == 0 and marks[k] % 2 == 1)
    if opened is None or n - opened > QUOTE_SENTENCES or not opens_on_a_quote(sents[opened]):
        return ()
    closer = _quote_closer(sents, marks, opened)
    if closer is not None and _names_after_the_quote(closer):
        return (closer,)  # (whoever it names, though its verb be one the frames do not know)
    if opened > 0 and marks[opened - 1] and marks[opened - 1] % 2 == 0:
        return (sents[opened - 1],)  # ("It is false," the bank said.)
    return ()


def _names_after_the_quote(closer: Span) -> bool:
    """Whether words follow the quotation mark that closes a quotation (" ...," a survivor
    recalled.), which name its speaker; not a quotation closed at the sentence's end."""
    return any(t.is_alpha for t in closer.doc[_closing_mark(closer) + 1 : closer.end])


def _closing_mark(closer: Span) -> int:
    """Where the quotation mark that closes a quotation stands in the sentence that closes it."""
    singles = [t.i for t in single_quote_marks(closer)]
    return max([t.i for t in closer if t.text in QUOTES or any(q in t.text for q in QUOTES)] + singles)


def _quote_marks(sent: Span) -> int:
    return sum(text_of(sent).count(q) for q in QUOTES) + len(single_quote_marks(sent))


def _frames_after_quote(closer: Span, ctx: ArticleContext) -> list[Frame]:
    """The reporting frames of `closer` that follow its closing quotation mark."""
    closing = _closing_mark(closer)
    return [f for f in report_frames(closer, ctx) if f.verb.i > closing]


def _quoted(sent: Span, token: Token) -> bool:
    text = sent.doc.text
    before = text[sent.start_char : token.idx]
    singles = sum(1 for t in single_quote_marks(sent) if t.i < token.i)
    return (sum(before.count(q) for q in QUOTES) + singles) % 2 == 1


def _a_companys_plan(measure: str, act: str, speaker: Speaker, ctx: ArticleContext) -> bool:
    """Whether a claim tells a company's own plan (its jobs, or what it will do to a plant), whose
    day "from 1 October" is when it takes effect; not "the state government will close all
    schools from Monday"."""
    if measure in lx.ORG_MEASURES:
        return True
    its_own = bool(ctx.main_org) and company_name(speaker.side) == company_name(ctx.main_org or "")
    return act.split("|")[0] in PLAN_ACTS and its_own


def _cancellations_of_what(claims: list[Claim]) -> list[Claim]:
    """ "The strike had led to 418 cancellations at Brussels Airport": a count of cancellations
    counts what the report's other figures count as cancelled ("nearly 500 flights were
    cancelled"), so that it meets another side's "more than 600 flights were cancelled"."""
    cancelled = Counter(
        thing for c in claims
        if c.kind == "figure" and (thing := c.key.partition("|")[2]) and c.key.startswith("cancel|")
        and thing not in lx.PERSON_NOUNS
    )
    if not cancelled:
        return claims
    key = f"cancel|{cancelled.most_common(1)[0][0]}"
    return [
        replace(c, key=key, measure=key, verb="cancel")
        if c.kind == "figure" and c.key.endswith("|cancellation") else c
        for c in claims
    ]


def _plans_of_its_company(claims: list[Claim], main_org: str | None) -> list[Claim]:
    """A company's closing that names no company ("the Plauen plant will close", "it will
    close", "no plans to close any of our stores") is the report's company's: the one whose
    jobs it counts most, else the one it is about."""
    named = Counter(c.subject for c in claims if c.measure in ("job_cuts", "workforce") and c.subject)
    company = named.most_common(1)[0][0] if named else company_name(main_org or "")
    if not company:
        return claims
    return [
        replace(c, subject=company, key=f"closures|{company}")
        if c.measure == "closures" and c.kind == "event" and not c.subject
        else c
        for c in claims
    ]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (side, key, figure, polarity, sentence): a sentence may restate itself."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in claims:
        k = (c.side, c.key, c.low, c.high, c.polarity, c.text, c.kind)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out
