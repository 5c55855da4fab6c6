"""Turn a proposal document into the facts of the SEN Improvement Test.

:func:`extract` reads every sentence once and records :class:`Finding`
values: a sentence, the fact it bears on, what it says about it (supports,
hedged, vague, negated) and the word or phrase that decided.  The facts are
then decided from the findings (:func:`decide`), each with the sentence that
decided it as provenance.  Beside them it records the providers the document
names, with their kind and aliases (:func:`providers_named`), and each group
of pupils that moves (:func:`pupil_groups`).  It decides no verdict: the
``sen-improvement-test-2007`` ruleset does, from these facts.

The rules of thumb, which ``docs/proposals.md`` sets out for proposers:

* a finding needs the factor's *subject words* in the same clause (a
  confirmation in writing may stand in the same paragraph as the sentence
  about where pupils go); a hedge or a negation elsewhere in the document, or
  about something else, counts for nothing;
* a *hedge* ("we hope", "we intend", "it is anticipated", "subject to", "may",
  "aim to", "to be confirmed") in the clause makes a claim not firm: a hoped-for
  benefit is not specific (but rooms counted or measured are described
  specifically even when their coming is hoped for), hoped-for places are
  not arrangements;
* a *negation* in the clause ("no", "not", "has yet to") means the sentence
  does not supply the fact;
* a claim is *specific* when it gives concrete detail: numbers of places or
  pupils, named facilities, courses or rooms, staff roles with hours, days or
  posts, money, or a named school;
* tables are read by their header row (places now and after; where pupils
  go, how many, for how long, confirmed in writing); a question-and-answer
  table's answers ("Issue raised | Response") are prose under their question,
  and the plan even under a heading about the responses;
* sentences that restate the Test ("proposers should..."), describe options
  considered and rejected, or report what respondents said are not the plan.

This module is the orchestration (:func:`extract`); each job has its module,
and data flows one way (model <- clauses, labels, plan <- the factors <-
decide <- here; ``stays`` reads ``displaced``):

* ``model``: the values (:class:`Finding`, :class:`Provider`,
  :class:`PupilGroup`, :class:`Extraction`, ``FACTOR_FACTS``);
* ``clauses``: helpers the factors share (the clauses holding a pattern,
  negation and status-quo words, quantities, names);
* ``labels``: the label each sentence stands under (lead-ins, question
  headings, footnotes);
* ``plan``: which part of the document is the plan (options, restating the
  Test, background headings) and whether it proposes anything;
* ``claims``: the benefits claimed for (a), (b) and (c), and what makes a
  claim specific;
* ``places``: (d), the figures of places now and after, totals, conflicts,
  falls in all, places only at a PRU;
* ``ledger``: (d) from the plan's structure, each provision with its places
  now and after (each figure the one its grammar ties it to: a provision,
  or the area's places and totals, which are no provision's), summed across
  the area and checked against itself;
* ``providers``: the providers named, their kinds and other names;
* ``displaced``: pupils displaced and where they go (ii), the groups that
  move, and paragraph 23;
* ``receivers``: (ii) receiver by receiver, each place pupils are sent to
  and whether a written confirmation covers it;
* ``stays``: paragraph 23's account of the closing school's pupils, group
  by group as the plan lists them, and what it decides;
* ``consultation`` (i), ``transport`` (iii), ``funding`` (iv, staffing);
* ``decide``: deciding the facts from the findings.
"""

from __future__ import annotations

import contextlib
import gc

from senrules_proposals import language as L
from senrules_proposals.extract import funding, plan
from senrules_proposals.extract.claims import (
    _NAMED_PROGRAMME_ALONE, _access_extra, _access_specific, _accessibility, _accommodation_extra, _accommodation_measured,
    _accommodation_specific, _claims, _sibling_cue, _specialist_time_compared, _title_naming, _staff_extra, _staff_specific,
)
from senrules_proposals.extract.clauses import _Either, _numbers
from senrules_proposals.extract.consultation import _providers
from senrules_proposals.extract.decide import decide
from senrules_proposals.extract.displaced import (
    _PRU_BACK, _RECEIVING, _about_displaced_besd, _about_displaced_block, _alternative, _area_names, _besd_closing,
    _closing_names, _closure, _destination_put_off, _names_another, listed_places, _new_or_enlarged, _placement_row, _pru,
    _pru_dated_stay_near, _pru_row, _row_columns, _special_places, pupil_groups, receivers_named, school_names, schools_by_first_word,
)
from senrules_proposals.extract.funding import _funding_staffing, funding_parts
from senrules_proposals.extract.labels import _asks, asks_in_list, labels
from senrules_proposals.extract.ledger import ledger_findings, places_ledger
from senrules_proposals.extract.model import CONTRADICTIONS, Extraction, FACTOR_FACTS, Finding, Provider, PupilGroup
from senrules_proposals.extract.places import (
    _places_extra, _places_in_context, _places_prose, _places_specific, _places_table, _totals_in_lists,
    places_by_rows, places_conflicts, places_fall_beside_pru, places_fall_in_all, places_now_and_after, places_only_at_pru,
)
from senrules_proposals.extract.plan import (
    _not_proposed, _not_the_plan, _restates_the_test, _restates_the_test_in, plan_of, require_proposal,
)
from senrules_proposals.extract.providers import providers_named
from senrules_proposals.extract.receivers import receivers_unconfirmed
from senrules_proposals.extract.stays import listed_groups, para23_from_groups
from senrules_proposals.extract.transport import _transport
from senrules_proposals.prefilter import folded, tokens
from senrules_proposals.reader import Document, Sentence, sentences

__all__ = ["CONTRADICTIONS", "Extraction", "FACTOR_FACTS", "Finding", "Provider", "PupilGroup", "clear_caches", "collector_paused", "extract"]


def clear_caches() -> None:
    """Forget the per-sentence results cached across documents (clauses,
    hedges, negations, benefit words, the labels and headings naming a benefit, counted numbers, sentences folded for the patterns'
    word tests and their words, and the tests of headings), as a benchmark of a cold check
    needs."""
    L._clause_spans.cache_clear()
    L.negated.cache_clear()
    L.hedge.cache_clear()
    L.found.cache_clear()
    _sibling_cue.cache_clear()
    _title_naming.cache_clear()
    _restates_the_test_in.cache_clear()
    _places_in_context.cache_clear()
    _numbers.cache_clear()
    folded.cache_clear()
    tokens.cache_clear()
    for heading_test in (plan._background_heading, plan._options_headings, plan._not_proposed_headings,
                         plan._meta_headings, plan._names_chosen_option, funding._funding_title):
        heading_test.cache_clear()  # (headings repeat from round to round: cached, a "cold" check would not be)


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic garbage collector paused while a document is read and
    its facts extracted and judged, and started again after.  A check makes
    many short-lived objects, all freed as they go out of use; the
    collector, started every few hundred of them (about 25 times in the
    extraction of a 20-page document, and now and then through every object
    the host program holds), found nothing to free in the extraction and
    took a tenth of the check's time or more.  Left paused if the host had
    paused it; if two threads check at once, the first to finish starts it
    again (only the other's speed differs)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def extract(doc: Document) -> Extraction:
    """Read every sentence of ``doc`` and decide the facts (with the
    collector paused: :func:`collector_paused`).  Raises
    :class:`~senrules_proposals.reader.DocumentError` for an empty document
    or one that is not a proposal."""
    with collector_paused():
        return _extract(doc)


def _extract(doc: Document) -> Extraction:
    sents = sentences(doc)
    require_proposal(doc, sents)
    findings: list[Finding] = []
    by_block: dict[int, list[Sentence]] = {}
    for s in sents:
        by_block.setdefault(s.block, []).append(s)

    label_of = labels(sents, doc)
    plan = plan_of(sents, doc)
    # Whether each sentence restates the Test, and whether it is not the plan, asked once here: both the loop
    # below and paragraph 23's ask (each a function of the sentence and the plan alone, so the same answer).
    restating = [_restates_the_test(s) for s in sents]
    off_plan = [_not_the_plan(s, plan) for s in sents]
    asked = None  # the question just before, in the same block ("Will any pupil be displaced?" before "No.")
    for k, s in enumerate(sents):
        question, asked = asked if asked is not None and asked.block == s.block else None, None
        before = sents[k - 1] if k and sents[k - 1].block == s.block else None  # (the sentence before, in the paragraph)
        label = label_of.get(id(s), "")
        if _asks(s) or asks_in_list(s, label):
            asked = s  # a form's or a speaker's question claims nothing: its answer may
            continue
        if restating[k]:
            continue
        if off_plan[k]:
            findings += _providers(s, before)  # what respondents said still shows views were sought
            continue
        answering = s.block in plan.answers  # (an answer of a question-and-answer table, under its question)
        findings += _claims(s, L.ACCESS, _access_specific, "access_benefit_claimed", "access_benefit_specific", _access_extra, label,
                            also=_NAMED_PROGRAMME_ALONE, answering=answering)
        findings += _claims(s, L.STAFF, _staff_specific, "staff_benefit_claimed", "staff_benefit_specific", _staff_extra, label, answering=answering,
                            titled_only=L.STAFF_POST, compared=_specialist_time_compared)
        findings += _claims(s, L.ACCOMMODATION, _accommodation_specific, "accommodation_benefit_claimed", "accommodation_benefit_specific",
                            _accommodation_extra, label, answering=answering, measured=_accommodation_measured)
        findings += _claims(s, L.PLACES, _places_specific, "places_benefit_claimed", "places_benefit_specific", _places_extra, label, answering=answering)
        findings += _accessibility(s)
        findings += _providers(s, before)
        findings += _alternative(s, question)
        closure = _closure(s)
        if closure is not None:
            findings.append(closure)
        findings += _transport(s)
        findings += _funding_staffing(s, by_block[s.block])
        if s.kind == "row":
            findings += _places_table(doc.blocks[s.block], s)
            findings += _placement_row(doc.blocks[s.block], s)
        findings += _places_prose(s, doc.blocks[s.block])
        findings += _new_or_enlarged(s)
        phased = L.PHASED_CLOSURE.search(s.text) if s.kind != "heading" else None  # (a heading's is not read)
        if phased:
            findings.append(Finding("alternative_provision_needed", "supports", s, phased.group(0), False))

    findings += _totals_in_lists(sents, doc)
    findings += places_now_and_after(sents)
    findings += places_by_rows(sents, doc)

    # A confirmation in writing in a paragraph about where pupils go, or in the paragraph right after it when
    # it is about receiving them ("1.2 All 11 pupils will transfer ... 1.3 Kingsway has confirmed in writing
    # that it will receive them"; not "In a separate matter, the staff have confirmed in writing ..."), or is the
    # list's next item ("- 10 pupils -> Blyburgh Academy from 1 Sept 2027" "- Trust confirmed in writing (letter ...)"),
    # or an item of it naming where a group goes ("- Fenside management committee agreed (letter 4 Oct 2026)").
    findings += listed_places(sents, findings)  # the places a list under "... at one of two special schools:" names
    alt_blocks = {f.sentence.block for f in findings
                  if f.fact.startswith("alternative_provision_") and f.fact != "alternative_provision_needed"}
    confirmed_sentences = {id(f.sentence) for f in findings if f.fact == "alternative_provision_confirmed_in_writing"}
    receivers = receivers_named(findings)
    for s in sents:
        near = s.block in alt_blocks or (s.block - 1 in alt_blocks and (_RECEIVING.search(s.text) or s.kind == "item")) or (
            s.kind == "item" and receivers is not None and receivers.search(s.text))
        if near and id(s) not in confirmed_sentences:
            m = L.found(L.CONFIRMED_WRITING, s.text)
            if m:
                clause = L.clause_of(s.text, m.start())
                if not L.negated(clause) and not L.hedge(clause):
                    findings.append(Finding("alternative_provision_confirmed_in_writing", "supports", s, m.group(0)))

    # Para 23: a BESD (SEMH) school closing, and where its pupils go; a PRU
    # is recognised by the words or by a name the document gave one.
    named = providers_named(sents)
    findings += receivers_unconfirmed(findings, named, sents)  # (ii) receiver by receiver (extract/receivers.py)
    # a PRU's names match as written ("Oakwood", "WTC"), so that a short form is not read as a common word
    areas = _area_names(sents)
    # (nor by a place's name that other names begin with: "Ulverby" of the Ulverby PRU in "Ulverby Bridge School")
    schools_named = schools_by_first_word(sents) if any(p.kind == "pru" for p in named) else {}
    pru_names = [a for p in named if p.kind == "pru" for a in p.names if a not in areas and not _names_another(a, p, schools_named)]
    pru = L.PRU if not pru_names else _Either(L.PRU, L.names(tuple(pru_names)))
    findings += ledger_findings(places_ledger(sents, doc, named, areas, {id(s) for s, off in zip(sents, off_plan) if off}))
    findings += places_conflicts(sents, named, doc)
    # (the area's places in an option considered and rejected, or in views reported, are not the plan's)
    findings += places_fall_in_all([s for s, off in zip(sents, off_plan) if not off], areas)
    besd = _besd_closing([s for s in sents if not _not_proposed(s, plan)], by_block, named, doc)
    if besd is not None:
        findings.append(besd)
        findings += places_only_at_pru(findings, by_block, pru, named)
        findings += places_fall_beside_pru(sents, doc, pru)
        # which sentences name the PRU, asked once: the loop below and, where the document gave the PRU a name, the
        # sentences read with each one both need it (a function of the sentence's text alone, so the same answer)
        names_pru = [pru.search(t.text) is not None for t in sents]
        alias_sentences = [t for t, naming in zip(sents, names_pru) if naming] if pru_names else []
        block_texts = {k: " ".join(t.text for t in v) for k, v in by_block.items()}
        about_block = {k: _about_displaced_block(text) for k, text in block_texts.items()}
        last_pru = -10
        schools = school_names(sents, (*pru_names, *_closing_names(besd)))

        def following(k: int, s: Sentence) -> list[Sentence]:
            """How long: the next two sentences (the next paragraph too), and any other naming the PRU."""
            rest = [t for t in sents[k + 1:k + 3] if t.kind != "heading"]
            seen = {id(t) for t in rest}
            return rest + [t for t in alias_sentences if t is not s and id(t) not in seen]

        for k, s in enumerate(sents):
            if off_plan[k] or restating[k]:
                continue
            if s.kind == "row" and "dest" in _row_columns(doc.blocks[s.block]):
                # (a table's rows are followed by its other rows: the sentences after the table, and those naming the PRU)
                after = [t for t in sents[k + 1:k + 60] if t.block != s.block and doc.blocks[t.block].kind != "row"][:3]
                findings += _pru_row(doc.blocks[s.block], s, pru, [t for t in after if t.kind != "heading"]
                                     + [t for t in alias_sentences if t is not s and t.kind != "row"])
                continue
            if names_pru[k]:  # only a sentence naming a PRU can place pupils in one
                placed = _pru(s, following(k, s), pru)  # (built only here: most sentences name no PRU)
                findings += placed
                if any(f.fact == "besd_pupils_to_pru" and f.role == "against" for f in placed):
                    findings += _pru_dated_stay_near(sents, k)
                last_pru = k
            elif k - last_pru <= 2 and _PRU_BACK.search(s.text):
                # "Eighteen pupils will be placed there on a permanent basis", "It will take the remaining 18 pupils"
                findings += _pru(s, following(k, s), _PRU_BACK)
            if about_block[s.block] or _about_displaced_besd(s):
                findings += _special_places(s, schools, pru if pru_names else None)
                put_off = _destination_put_off(s.text)
                if put_off and L.PUPILS.search(s.text) and not L.negated(L.clause_of(s.text, put_off.start())):
                    # "The placements of the remaining six pupils ... will be decided at their annual reviews":
                    # not every displaced pupil has a place named
                    findings.append(Finding("besd_pupils_special_places", "against", s, put_off.group(0), False))

        # the closing school's pupils group by group, listed under a lead that places them (extract/stays.py)
        in_plan = [not (off or restates) for off, restates in zip(off_plan, restating)]
        findings += para23_from_groups(listed_groups(sents, pru, named, _closing_names(besd), in_plan))

    findings.sort(key=lambda f: (f.sentence.block, f.sentence.number))
    facts, deciding = decide(findings, besd is not None, funding_parts(sents, label_of))
    return Extraction(doc, tuple(sents), tuple(findings), facts, deciding, tuple(named), tuple(pupil_groups(sents, named)))
