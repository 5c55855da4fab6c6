"""The label each sentence stands under: a bold or colon lead-in, a question heading over an answer, a
footnote's text under the sentence that cites it."""

from __future__ import annotations

import re

from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Document, Sentence


# A question heading about what pupils will have: "What will children get at The Nest?", "What will my child gain?"
_GET_QUESTION = re.compile(
    r"\bwhat\s+(?:will|would|do|does)\s+(?:the\s+)?(?:pupils|children|students|learners|young\s+people|my\s+child|your\s+child)"
    r"\s+(?:gain|get|have|receive)\b"
    # ... or who will be there for them: "Who will be there to support them?"
    r"|\bwho\s+will\s+(?:be\s+there\s+to\s+)?(?:support|teach|help|work\s+with)\s+(?:them|the\s+pupils|pupils|children|my\s+child|your\s+child)\b",
    re.I)
_LABEL = re.compile(r"^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+)?((?:[\w'’-]+[ ,]+){0,5}[\w'’-]+)\s*:\s")
# (a paragraph number, and the Test's factor before the label: "6.3 (c) Accommodation.")
_LABEL_SENTENCE = re.compile(r"^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+){0,2}((?:[\w'’-]+[ ,]+){0,7}[\w'’-]+)\s*[.:]?\s*$")
# A block's first sentence that asks what pupils will get, in bold before its answer ("**Q3. What will children
# get at The Nest?** A: ..."): a label for the answer, as a heading would be.
_GET_QUESTION_LEAD = re.compile(r"^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+)?(what\s+[^?]{5,80})\?\s*$", re.I)
# A form's question, first in its block: "B2 (b) Access to specialist staff - named roles and time?" (its number
# and the Test's factor left out of the label); and its answer "Yes." (a ticked "☒ Yes ☐ No", as the reader reads it).
_FORM_QUESTION = re.compile(r"^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+){0,2}([^?]{3,140})\?\s*$")
_NUMBERED_TITLE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+((?-i:[A-Z])[\w'’-]*(?:[ ,]+[\w'’-]+){0,5})\s*$")
# A sentence pointing to the benefits that follow or are set out elsewhere: "the benefits set out in section 6",
# "The benefits for pupils are as follows." (not "the benefits are not yet clear").
_POINTS_TO_BENEFITS = re.compile(
    r"\bbenefits\s+(?:(?:for|to)\s+(?:the\s+)?(?:pupils|children|students|young\s+people)\s+)?"
    r"(?:(?:which\s+are\s+|that\s+are\s+)?(?:set\s+out|described|listed|summarised|summarized|as\s+follows)\b|are\s+(?:these|as\s+follows)\b)", re.I)
_YES = re.compile(r"^\s*yes\b\W*$", re.I)
# ... or "No." ("No. This is an additional school ...", "No: the school keeps its 80 places"; not "No more than ...")
_ANSWER_NO = re.compile(r"^\s*no\b(?!\s+(?:more|longer|later|fewer|less)\b)", re.I)


def _asks(s: Sentence) -> bool:
    """A question in the text ("C2 (ii) Will any pupil be displaced?", "Does a BESD/SEMH school close?"): it claims
    nothing, whatever its words; its answer says what the document says."""
    return s.kind != "heading" and s.text.rstrip().endswith("?")


def asks_in_list(s: Sentence, label: str) -> bool:
    """An item of a list led in by asking ("Members may wish to ask:", "Questions for the panel:") that is an
    indirect question ("- how pupils will travel to the bases, and how long journeys will be"): a question without
    its question mark, which claims nothing, as :func:`_asks`."""
    return s.kind == "item" and bool(_INDIRECT_QUESTION.match(s.text)) and bool(_ASKING_LEAD.search(label))


# An indirect question: a wh-word or "whether" opening a clause with no main clause before it.
_INDIRECT_QUESTION = re.compile(r"^\W*(?:how|which|what|whether|why|when|who|whom|whose|where)\b(?![^,;:]{0,60}:)", re.I)
# A lead-in of questions: "may wish to ask", "we asked", "questions", "would like to know".
_ASKING_LEAD = re.compile(
    r"\b(?:ask|asks|asked|asking|questions?|enquir\w*|inquir\w*|quer(?:y|ies)|(?:wish|want|like|need)s?\s+to\s+(?:know|understand)"
    r"|seek\w*\s+(?:assurance|clarification)|clarif\w*)\b", re.I)


def labels(sents: list[Sentence], doc: Document) -> dict[int, str]:
    """For each sentence (by ``id``), the label it sits under within its
    block or list: the words before its own colon ("Specialist staff: ..."),
    its block's short first sentence ("4.2 Access to specialist staff."), and
    the lead-in, ending with a colon, of the list it belongs to ("2.2 Specific
    benefits, assessed against the Council's Accessibility Strategy:")."""
    first: dict[int, Sentence] = {}
    last: dict[int, Sentence] = {}
    opening: dict[int, list[Sentence]] = {}
    for s in sents:
        first.setdefault(s.block, s)
        last[s.block] = s
        if len(opening.setdefault(s.block, [])) < 2:
            opening[s.block].append(s)
    # a numbered title standing as a paragraph of its own, as a heading typed without heading marks ("3.2 Specialist
    # staff", then "3.2.1 Both receiving schools have ..."): the label of the paragraph right after it
    numbered_titles = {b + 1: m.group(1) for b, s in first.items()
                       if s is last[b] and doc.blocks[b].kind == "paragraph" and (m := _NUMBERED_TITLE.match(s.text))}
    out: dict[int, str] = {}
    lead = ""
    question = answered = None  # a speaker's question, and the one the paragraph answers
    for s in sents:
        kind = doc.blocks[s.block].kind
        if kind not in ("item", "row") and s is first[s.block]:
            lead = ""  # a heading or a paragraph ends the list
        if kind != "heading" and s is first[s.block]:
            answered, question = question, None
        if _asks(s) and s is last[s.block]:
            question = s
        parts = []
        own = _LABEL.match(s.text) if ":" in s.text[:80] else None
        if own:
            parts.append(own.group(1))
        elif answered is not None and kind == "paragraph" and len(answered.text) < 120:
            # the paragraph answering a question asked just before, a speaker's name between ("Q5 (parent)" "What is the
            # new building like?" "A (Raj Mistry)" "Six classrooms of 50 m², ..."): the question labels the answer
            parts.append(answered.text.strip())
        asked = _FORM_QUESTION.match(first[s.block].text) if first[s.block] is not s else None
        if asked and len(opening[s.block]) > 1 and _YES.match(opening[s.block][1].text):
            # a form's question answered "Yes" labels what follows ("B2 (b) Access to specialist staff - named roles
            # and time? ☒ Yes ☐ No  Details: physiotherapist 3 days a week ..."); not a question a speaker asks
            parts.append(asked.group(1))
        elif first[s.block] is not s and len(first[s.block].text) < 90:
            if _POINTS_TO_BENEFITS.search(first[s.block].text):
                # a first sentence pointing to the benefits ("88.3 Members were reminded of the benefits set out in
                # section 6 of the report."): what the paragraph says next is them, as under a heading "Benefits"
                parts.append("benefits")
            short = _LABEL_SENTENCE.match(first[s.block].text)
            if short:
                parts.append(short.group(1))
            if not short or len(first[s.block].text) <= 5:
                # (after a paragraph number split off as a sentence of its own, the short label after it: "C3."
                # "Accommodation." "A modular building (140 m²) ...")
                second = opening[s.block][1] if len(opening[s.block]) > 1 else None
                if second is not None and second is not s and len(second.text) < 60:
                    titled = _LABEL_SENTENCE.match(second.text)
                    if titled:
                        parts.append(titled.group(1))
                for q in opening[s.block][:2]:  # (after a number split off as a sentence of its own: "Q3." "What ...?")
                    asked = _GET_QUESTION_LEAD.match(q.text) if q is not s else None
                    if asked and _GET_QUESTION.search(asked.group(1)):
                        parts.append(asked.group(1) + "?")
                        break
        if kind == "paragraph" and s.block in numbered_titles and doc.blocks[s.block - 1].kind == "paragraph":
            parts.append(numbered_titles[s.block])
        if lead and kind in ("item", "row"):
            parts.append(lead)
        out[id(s)] = " / ".join(parts)
        if kind != "heading" and s is last[s.block] and s.text.rstrip().endswith(":"):
            lead = s.text[:300]
    # a footnote continues the sentence that cites it: "3.3 Accommodation. A new wing will be built[^5]." ...
    # "[^5]: Early years wing 420 m² (two classrooms, a sensory room ...)" is under the label "Accommodation" too
    if any("[^" in s.text for s in sents):
        cited: dict[str, str] = {}
        for s in sents:
            for ref in _FOOTNOTE_REF.findall(s.text):
                if out.get(id(s)):
                    cited.setdefault(ref, out[id(s)])
        for s in sents:
            note = _FOOTNOTE_DEF.match(first[s.block].text)
            if note and cited.get(note.group(1)):
                out[id(s)] = " / ".join(p for p in (out[id(s)], cited[note.group(1)]) if p)
    return out


# A Markdown footnote cited ("built on the site[^5].") and its text ("[^5]: Early years wing 420 m² ...").
_FOOTNOTE_REF = re.compile(r"\[\^([\w-]{1,20})\](?!:)")
_FOOTNOTE_DEF = re.compile(r"^\s*\[\^([\w-]{1,20})\]:")


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
