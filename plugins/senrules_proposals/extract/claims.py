"""The benefits a sentence claims for key factors (a) access, (b) staff and (c) accommodation, and what
makes a claim specific; and (a)'s reference to the LA's accessibility strategy."""

from __future__ import annotations

import functools
import itertools
import re

from senrules_proposals import language as L
from senrules_proposals.extract.clauses import _BRACKETED, _clauses_with, _first, _neg_word, _quantity_near, _status_quo
from senrules_proposals.extract.labels import _ANSWER_NO, _GET_QUESTION, _LABEL
from senrules_proposals.extract.model import Finding
from senrules_proposals.extract.plan import _about_the_test
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Sentence


def _benefit_heading(s: Sentence) -> bool:
    return any(L.BENEFIT_HEADING.search(h) for h in s.headings[-2:])


@functools.lru_cache(maxsize=8192)
def _sibling_cue(text: str) -> bool:
    """A benefit word in a clause of the sentence that is neither negated
    nor hedged ("X works there four days a week; both will see the
    transferring pupils"): it carries a claim made in another clause."""
    for a, b in L.clause_spans(text):
        c = text[a:b]
        if L.BENEFIT.search(_AMOUNT_COMPARED.sub(" ", c)) and not L.negated(c) and not L.hedge(c) and not _status_quo(c) \
                and not _unchanged(c):
            return True
    return False


# An amount compared, not a benefit: "repairing it would cost more than £6 million", "more than 20 years old".
_AMOUNT_COMPARED = re.compile(r"\b(?:more|greater|fewer|less)\s+than\s+(?:about\s+|around\s+)?[£$€]?\d[\d,.]*", re.I)


def _claims(s: Sentence, subject: re.Pattern, specific, claimed_fact: str, specific_fact: str, extra=None,
            label: str = "", also: re.Pattern | None = None, answering: bool = False,
            titled_only: re.Pattern | None = None, compared=None, measured=None) -> list[Finding]:
    """Findings for a benefit (a-d): claimed and, if so, specific.  Under a
    heading about benefits, or a label naming them or this benefit
    (``label``: "Specialist staff:", "4.2 Access to specialist staff.", a
    list's lead-in "Specific benefits:"), a sentence that describes what
    there will be ("Lyndhurst has an on-site therapy team") is a claim.
    ``also``: more subject words, tried where ``subject`` is not found (named
    programmes: those of teaching or support, :func:`_of_teaching`).  What
    stays as it is ("taught by the same Teacher of the Deaf", "will finish
    their courses at Fenby House") is no claim of a benefit.  ``answering``:
    the sentence answers a question-and-answer table's question or issue (its
    last heading), which stands to it as a row's label to its value ("(c)
    Improved access to suitable accommodation" | "Four classrooms of 55 m²
    ...").  ``titled_only``: more subject words, that are the subject only
    under a label or short heading naming this benefit ("4.2 Specialist
    staff." over "The sixth form will have a transition coordinator (1.0
    FTE)"), which is read with them.  ``compared``: a test of the sentence
    that finds a claim made without a benefit word, by comparison
    (:func:`_specialist_time_compared`).  ``measured``: what a hedge leaves specific (rooms counted or
    measured: "we hope to convert the bungalow into two teaching rooms of 48
    m² and 42 m²" describes the rooms, and only their coming is hoped)."""
    out = []
    # the subject first: most sentences have none of a factor's words
    # (remembered: _clauses_with asks the same of the sentence next)
    if s.kind == "heading":
        return out
    title = ""
    if not (L.found(subject, s.text) or (also is not None and _may_name_programme(s.text) and also.search(s.text))):
        # (the title first, asked once for each label and heading: most sentences stand under none naming the benefit)
        title = _title_naming(label, s.headings[-1] if s.headings else "", subject) if titled_only is not None else ""
        if not title or not titled_only.search(s.text):
            return out
    if L.found(L.CONFIRMED_WRITING, s.text):
        return out
    if s.headings and _AS_THINGS_ARE.search(s.headings[-1]) and not _PROPOSED.search(s.text):
        # how things are now, under "3. Background": "The cost of rebuilding Riverside on Wharf Road is estimated at
        # £12.4 million" claims nothing the proposal gives
        return out
    sibling_cue = None
    with_subject = _clauses_with(subject, s.text)
    if also is not None and not with_subject:
        with_subject = [(c, m) for c, m in _clauses_with(also, s.text) if _of_teaching(m.group(0))]
    if title:
        with_subject = _clauses_with(titled_only, s.text)
    for clause, m in with_subject:
        clause = _with_what_it_labels(clause, s.text)
        if extra is not None and not extra(clause, s) and not (
                answering and not _ANSWER_NO.match(s.text) and extra(f"{s.headings[-1]}: {clause}", s)) and not (
                title and extra(f"{title}: {clause}", s)):
            # (an answer read with what it answers, as a row's value with its label: "(d) Improved supply of suitable
            # places" | "96 places from September 2027 (80 now)"; not when it answers "No")
            continue
        if _status_quo(clause) or _unchanged(clause):
            continue
        cue = L.BENEFIT.search(_AMOUNT_COMPARED.sub(" ", clause))
        if not cue:
            if sibling_cue is None:
                sibling_cue = _sibling_cue(s.text) or bool(compared is not None and compared(s.text)) or _lead_claims(s, label)
            cue = sibling_cue
        # (a paragraph right under a short heading naming this benefit, "5.3 Accommodation." in bold, may
        # describe it without a verb: "At Thornhill, a six-classroom block (each 55 m²) with two calm rooms")
        titled = not cue and s.kind == "paragraph" and (
            (bool(s.headings) and len(s.headings[-1]) < 40 and bool(subject.search(s.headings[-1])))
            or bool(label and len(label) < 40 and subject.search(label))) and not _status_quo(clause)
        # (or the answer to a question about what pupils will get: "Q3. What will children get at The Nest?  A: A
        # small nurture group each morning ...; weekly forest school and a Thrive programme")
        answer = not cue and s.kind == "paragraph" and (
            (bool(s.headings) and s.headings[-1].rstrip().endswith("?") and bool(_GET_QUESTION.search(s.headings[-1])))
            or bool(label and "?" in label and _GET_QUESTION.search(label)))
        # (or a labelled description under a heading about benefits: "3.3 The resource base: a 60 m² classroom and a
        # 15 m² audiology room, ... converted from the former sixth-form study centre")
        described = not cue and ":" in s.text[:80] and bool(_LABEL.match(s.text)) and s.text.find(clause) > s.text.find(":")
        # (or a list its sentence's head introduces: "5.2 The Hub has its own therapeutic team: a clinical psychologist
        # (0.8 FTE), a speech and language therapist (0.4 FTE) ...")
        colon = s.text.find(":") if not cue else -1
        introduced = colon > 0 and s.text.find(clause) > colon and bool(_DESCRIBING.search(s.text[:colon]))
        listed = (not cue and (s.kind in ("item", "row") or answering or _DESCRIBING.search(clause) or titled or answer or described or introduced)
                  and (_benefit_heading(s) or titled or bool(label and (L.BENEFIT_HEADING.search(label) or subject.search(label))))
                  # (not about what there is now, or under a label about it: "The present buildings were never designed as a
                  # school." then "Classrooms are small and on three levels, there is no hall ...")
                  and not (_NOW_LABEL.search(clause) or (label and _NOW_LABEL.search(label))))
        if not cue and not listed:
            continue
        # (not a "no" in brackets that say how things are now: "in the new laboratory (the Willows has no laboratory)")
        if L.negated(_BRACKETED.sub(" ", clause)):
            out.append(Finding(claimed_fact, "negated", s, _neg_word(clause)))
            continue
        h = L.hedge(clause)
        if h and _ABILITY.search(clause):
            # "could take GCSEs", "could study for vocational qualifications": what pupils would be able to do there,
            # in a proposal's conditional mood, not a hope
            h = L.hedge(_ABILITY.sub(" ", clause))
        if h:
            kept = measured(clause) if measured is not None else None
            out.append(Finding(specific_fact, "supports", s, kept) if kept else Finding(claimed_fact, "hedged", s, h))
            continue
        spec = specific(clause) or specific(s.text)
        if spec:
            out.append(Finding(specific_fact, "supports", s, spec))
        else:
            out.append(Finding(claimed_fact, "vague", s, m.group(0)))
        break
    return out


def _lead_claims(s: Sentence, label: str) -> bool:
    """A list's item completes its lead-in's sentence: a benefit word there
    ("At Birchfield pupils will have:" over "- a clinical psychologist two
    days a week") is the item's, unless the lead-in says what stays or
    moves as it is ("The following staff will transfer:")."""
    if s.kind != "item" or not label.endswith(":"):
        return False
    lead = label.rsplit(" / ", 1)[-1]
    return bool(L.BENEFIT.search(_AMOUNT_COMPARED.sub(" ", lead))) and not (
        L.negated(lead) or L.hedge(lead) or _status_quo(lead) or _unchanged(lead) or _MOVES_AS_IT_IS.search(lead))


# What moves as it is: "The following staff will transfer:", "will move with the pupils".
_MOVES_AS_IT_IS = re.compile(r"\btransfer\w*|\bmov(?:e|es|ing)\s+with\b|\btupe\b|\bredeploy\w*", re.I)


@functools.lru_cache(maxsize=1024)
def _title_naming(label: str, heading: str, subject: re.Pattern) -> str:
    """The label, or else the short last heading, over a sentence that
    names the benefit (has ``subject``'s words), or ""."""
    for title in (label, heading):
        if title and len(title) < 40 and subject.search(title):
            return title
    return ""


# A label about what there is now: "The present buildings were never designed as a school", "At present:".
_NOW_LABEL = re.compile(
    r"\b(?:present|current|existing|old)\s+(?:buildings?|sites?|accommodation|premises|provision|arrangements)\b"
    r"|\b(?:at\s+present|currently|at\s+the\s+moment)\b", re.I)


# A heading over how things are now ("3. Background", "The current position"; not "Reasons for the decision" or "The
# case for change", which give the benefits), and what the proposal will do in a sentence under it ("will", "is to
# be", "proposed", "a new block").
_AS_THINGS_ARE = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:background|context|(?:the\s+)?current\s+(?:position|situation|provision|arrangements))\W*$", re.I)
_PROPOSED = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|planned|proposed?|proposes|proposal|new|being\s+built)\b", re.I)


def _with_what_it_labels(clause: str, text: str) -> str:
    """A clause that is only a label ("Accommodation" in "Accommodation: SIOS
    office stays at Hexford Education Centre; no building works") read with
    the clause it labels: what that says of the subject is the claim, or
    none."""
    if len(clause) > 40 or ":" not in text:
        return clause
    spans = L.clause_spans(text)
    for k, (a, b) in enumerate(spans[:-1]):
        if text[a:b] == clause and text[b:b + 1] == ":":
            return text[a: spans[k + 1][1]]
    return clause


# What pupils would be able to do: "could take GCSEs", "could choose from five vocational courses".
_ABILITY = re.compile(r"\bcould\s+(?:also\s+)?(?:take|study|sit|choose|join|learn|gain|achieve|follow|work\s+towards)\b", re.I)


# What stays as it is, or comes to its planned end: "taught by the same Teacher of the Deaf", "as now", "will
# finish their courses at Fenby House".  (Tried only where a factor's words are found.)
_UNCHANGED = re.compile(
    r"\b(?:the\s+same(?!\s+time)|as\s+(?:now|at\s+present|they\s+do\s+now|before))\b"
    # "will use two existing classrooms as they are": no change made
    r"|\bas\s+(?:they|it)\s+(?:are|is|stands?)(?=\s*[,;.)]|\s*$)"
    # "will be taught in the school's existing classrooms", "will use existing classrooms at Heron", "will be based in
    # an existing school or County building": what there is already
    r"|\bexisting\s+(?:(?!(?:into|to|as|for)\s)[\w'’-]+\s+){0,3}?(?:classrooms?|rooms?|buildings?|accommodation|premises|facilities|sites?)\b"
    r"|\b(?:finish|complete)\w*\s+(?:their|his\s+or\s+her|its)\s+(?:courses?|studies|education|schooling|gcses?|qualifications?|final\s+year)\b"
    # what stays where it is: "SIOS office stays at Hexford Education Centre", "the base remains in its present rooms"
    r"|\b(?:stays|remains)\s+(?:at|in|on|where)\b"
    # what is said to be unchanged ("The school's premises are unchanged"), or what pupils have now ("will continue to
    # benefit from access to the wider curriculum", "the site they attend now")
    r"|\bunchanged\b"
    # (not "will continue to have good access to specialist staff", "continue to receive support": help that goes on
    # is still a claim of it, in general words; but a provision that "will continue to be staffed by a teacher of the
    # deaf (1.0 FTE)" keeps the staff it has)
    r"|\bcontinu(?:e|es|ing)\s+to\s+(?:benefit|enjoy|use|occupy|attend|be\s+taught|be\s+staffed)\b"
    r"|\b(?:attend|attends|use|uses|occupy|occupies)\s+(?:now|at\s+present|today)\b"
    # what was done before, said of a thing as it is: "(the school's existing classrooms,) which were refurbished in 2023"
    # (the clause after ", which", as the sentence is cut: " were refurbished in 2023")
    r"|^\W*(?:(?:which|that)\s+)?(?:was|were|had\s+been)\b"
    # ... or what a thing has had since works done in a year named: "(the Riverside Centre,) which had capacity following its
    # refurbishment in 2025"
    r"|" + (_WORKS_DONE := r"^\W*(?:(?:which|that)\s+)?(?:has|had)\s+[^,;()]{0,60}?\b(?:following|after)\s+(?:its|their|the)\s+"
                          r"(?:[\w-]+\s+)?(?:refurbishment|extension|rebuild(?:ing)?|remodelling|enlargement|conversion)\s+in\s+(?:19|20)\d\d\b"),
    re.I)


def _unchanged(clause: str) -> bool:
    """A clause saying what stays as it is, with nothing added or improved beside it."""
    return bool(_UNCHANGED.search(clause)) and not _IMPROVEMENT.search(_NO_IMPROVEMENT_HERE.sub(" ", clause))


# A name, not a comparison: "the wider curriculum of Sunnybank Primary" is the school's curriculum, not a wider one;
# places added, which are (d) ("the additional places will be provided within the school's existing buildings");
# works done before ("existing buildings, which were extended in 2024"), which are how things are.
_NO_IMPROVEMENT_HERE = re.compile(
    r"\bthe\s+wider\s+(?:curriculum|school|community|life|world)\b"
    r"|\b(?:additional|extra|more|new)\s+places\b"
    r"|(?:\b(?:which|that)\s+|^\W*)(?:was|were|had\s+been)\s+[^,;()]*|" + _WORKS_DONE, re.I)
# ... unless something is added or improved beside it ("the same specialist teacher, and will also have a
# physiotherapist on site two days a week").
_IMPROVEMENT = L.rx(
    r"also", r"more", r"better", r"new", r"additional", r"extra", r"improv\w*", r"increas\w*", r"enhanc\w*", r"wider",
    r"greater", r"broader", r"gain\w*", r"now (?:have|get|be)",
    # works on what there is ("made from existing rooms", "Existing classrooms ... will be refurbished", "will become a
    # therapy centre")
    r"refurbish\w*", r"adapt\w*", r"convert\w*", r"remodel\w*", r"extend\w*", r"upgrad\w*", r"made from", r"become",
    r"transform\w*", r"reconfigur\w*",
    # ... or building on it ("a single-storey extension of four classrooms on the school's existing site")
    r"extensions?", r"build", r"built", r"building (?:a|an)",
)
_DESCRIBING = re.compile(
    r"\b(?:has|have|is|are|requires?|includes?|comprises?|provides?|offers?|gives?|employs?|asks?\s+for|calls?\s+for|specif(?:y|ies)"
    r"|works|visits|runs|leads|teaches|supports|sees|adds|contains"
    # ... or what pupils can do there: "At Ryecroft pupils can take GCSE science and art"
    r"|can\s+(?:also\s+)?(?:take|study|sit|choose|join|learn|gain|achieve|follow|use|work\s+towards))\b", re.I)


# Specificity tests, one per factor: the concrete detail found, or None.


def _access_extra(clause: str, s: Sentence) -> bool:
    """Access to education claimed in the clause, not only a place pupils
    move to or are taught in: "will be supported to return to full-time
    mainstream classes at Oakfield Primary", "will be taught in mainstream
    classes with an individual support plan" say where they go or are (ii),
    not what they gain (a); what they have there is ("taught in mainstream
    classes with radio aids"), and so is more of their time there."""
    if _ROOMS_AS_ACCOMMODATION.search(clause) or _ACCOMMODATION_LABEL.match(s.text):
        # rooms described as the accommodation built ("Accommodation: a new base of 180 m² ... a hygiene suite with a
        # ceiling hoist"; "an extension of four classrooms, each with a sensory room, to provide suitable accommodation
        # for the additional pupils") are (c): access to education only where the clause also says what pupils do there
        return bool(_ACCESS_USE.search(clause))
    if _BUILDING_HAS.search(clause) or _ROOMS_BUILT.search(clause):
        # so are the rooms a building will have, or that will be built, whatever they are for ("the new wing will comprise
        # three classrooms and a sensory room", "two classrooms and a sensory room will be built"); a facility that is
        # no room ("a hydrotherapy pool, a sensory studio and ...") is (a), and so is what pupils do there
        # (nor what a room was: "a 24 m² audiology room will be created from the former library store")
        return bool(_ACCESS_USE.search(clause) or L.ACCESS.search(_A_ROOM.sub(" ", _FORMER.sub(" ", clause))))
    if _FORMER.search(clause) and not L.ACCESS.search(_FORMER.sub(" ", clause)):
        # what a room was is no facility gained: "a quiet room will be made from the former library"
        return False
    if "outcome" in clause.casefold() and not L.ACCESS.search(_OUTCOMES_AIMED.sub(" ", clause)):
        # better outcomes as what a decision aims at ("Reason for decision: to secure better outcomes for pupils with
        # SEMH needs", "in order to achieve improved outcomes") are every reorganisation's aim, not access claimed
        return False
    if not _MOVED_TO.search(clause):
        return True
    rest = _MOVED_TO.sub(" ", clause)
    return bool(L.ACCESS.search(rest) or _NAMED_PROGRAMME_ALONE.search(rest) or _MORE_TIME.search(rest))


# Outcomes as an aim: "to secure better outcomes", "so as to achieve improved educational outcomes".
_OUTCOMES_AIMED = re.compile(
    r"\bto\s+(?:secure|achieve|deliver|ensure|bring\s+about|promote|support|drive)\s+(?:[\w-]+\s+)?"
    r"(?:better|improved|higher|raised)\s+(?:educational\s+|academic\s+)?(?:outcomes|attainment|achievement)\b", re.I)
_ROOMS_AS_ACCOMMODATION = re.compile(
    r"\bto\s+(?:provide|give|create|offer)\s+(?:[\w-]+\s+){0,2}?accommodation\b", re.I)
# A building and what it will have: "the new block will contain four classrooms, a sensory room and ..."
_BUILDING_HAS = re.compile(
    r"\b(?:blocks?|buildings?|extensions?|wings?|annexes?|modular\s+units?)\s+(?:will|would)\s+(?:also\s+)?"
    r"(?:contain|comprise|include|house|have|provide)\b", re.I)
# ... or rooms that will be built: "Four new classrooms and a sensory room will be built on the school's site".
_ROOMS_BUILT = re.compile(
    r"\b(?:classrooms?|[\w-]+\s+rooms?)\b[^,;:()]{0,80}?\b(?:will|would|are\s+to|is\s+to)\s+be\s+(?:built|constructed|added|created)\b", re.I)
# A room, whatever it is for: "a sensory room", "two classrooms".
_A_ROOM = re.compile(r"\b[\w-]+\s+rooms?\b|\bclassrooms?\b", re.I)
# What a room was: "from the former library store", "the disused science lab".
_FORMER = re.compile(r"\b(?:former|disused)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}", re.I)
_ACCOMMODATION_LABEL = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:new\s+)?accommodation\s*[:–—-]\s", re.I)
# What pupils do or learn, not a room they have: the curriculum, lessons, courses, activities, qualifications.
_ACCESS_USE = L.rx(
    r"curriculum", r"subjects", r"gcses?", r"btecs?", r"qualifications?", r"courses?", r"lessons?", r"timetables?",
    r"activities", r"clubs?", r"trips?", r"learn\w*", r"taught", r"teach\w*", r"stud(?:y|ies)", r"sessions?",
)


# Where pupils move to, to the end of its phrase: "return to full-time mainstream classes", "move back into mainstream lessons";
# or where they are taught: "taught in mainstream classes", "with support in mainstream classes", "within mainstream classes".
_MOVED_TO = re.compile(
    r"\b(?:(?:return\w*|mov\w*|transfer\w*|go|goes|going|reintegrat\w*)\s+(?:back\s+)?(?:in)?to|in|within)\s+"
    r"(?:full[- ]time\s+|part[- ]time\s+|their\s+|the\s+)?"
    r"mainstream\s+(?:classes|lessons|classrooms?|school(?:s|ing)?|education)\b", re.I)
# ... more of their time there, which is a gain: "will spend more of the week in mainstream lessons".
_MORE_TIME = re.compile(r"\b(?:more|longer|greater\s+part)\s+(?:of\s+(?:their|the|each)\s+)?(?:time|week|day|lessons|hours)\b", re.I)


def _access_specific(text: str) -> str | None:
    # (a sum in a sentence about building works is what the building costs, (c): "extended with ten classrooms (45 m²
    # each), a vocational workshop and a counselling room, ... at a cost of £2.9 million")
    money = None if _WORKS_GIVE.search(text) else _first(L.MONEY, text)
    return _first(L.ACCESS_SPECIFIC, text) or _quantity_near(L.rx(
        r"subjects?", r"courses?", r"qualifications?", r"gcses?", r"clubs?", r"hours?", r"sessions?", r"lessons?",
        r"activities", r"trips?", r"days?", r"options", r"pathways?", r"pupils", r"students",
        r"items", r"devices", r"licences", r"laptops", r"tablets", r"ipads",
    ), text) or money or _named_programme(text) or _first(_REGULAR_ACTIVITY, text)


# An activity with how often it runs: "a daily language group", "a weekly Lego therapy group", "swimming every week".
_REGULAR_ACTIVITY = re.compile(
    r"\b(?:daily|weekly|fortnightly|termly|twice-weekly)\s+(?:[\w-]+\s+){0,3}?(?:groups?|sessions?|clubs?|lessons?|classes|visits?|trips?)\b"
    r"|\b(?:groups?|sessions?|clubs?|lessons?|swimming|visits?|trips?)\s+(?:every|each|once\s+a|twice\s+a)\s+(?:week|day|morning|afternoon|fortnight|term)\b"
    # ... or with how long it runs: "a 6-week in-school programme"
    r"|\b(?:\d{1,2}|six|eight|ten|twelve)[- ]week\s+(?:[\w-]+\s+){0,2}?(?:programmes?|courses?|interventions?)\b",
    re.I)


def _named_programme(text: str) -> str | None:
    """A named programme of teaching or support (:func:`_of_teaching`)."""
    for m in _NAMED_PROGRAMME.finditer(text):
        if _of_teaching(m.group(0)):
            return m.group(0)
    return None


def _of_teaching(name: str) -> bool:
    """Whether a programme's name is one of teaching or support, not of funding
    or building ("the Council's Capital Programme", "the School Rebuilding Programme", "the SEND Capital
    Programme") or a strategy or policy."""
    return not L.FUNDING.search(name) and not re.search(r"\b(?:re)?(?:building|works|strategy|policy)\b", name, re.I)


# A programme, intervention, app or award named as its makers name it ("the Nuffield Early Language
# Intervention", "the Language for Thinking programme", "the Proloquo2Go app", "the Duke of Edinburgh's Award"):
# a subject of (a) where no other word of it stands ...
_NAMED_PROGRAMME_ALONE = re.compile(
    r"(?<![.!?:] )(?<!^)\b(?-i:[A-Z][\w'’-]*)(?:\s+(?:for\s+|of\s+|and\s+)?(?-i:[A-Z0-9][\w'’-]*)){0,4}\s+"
    r"(?:programmes?|programs?|interventions?|apps?|schemes?|awards?|approach|framework)\b",
    re.I,
)


def _may_name_programme(text: str) -> bool:
    """Whether ``text`` has a word :data:`_NAMED_PROGRAMME_ALONE` ends with
    (a quick test before the search, which no sentence without one can pass)."""
    low = text.casefold()
    return any(w in low for w in _PROGRAMME_WORDS)


_PROGRAMME_WORDS = ("program", "intervention", "app", "scheme", "award", "framework")
# ... and, as a specific benefit, it or a list of names in brackets ("(Precision Teaching, Colourful Semantics,
# Attention Autism)").
_NAMED_PROGRAMME = re.compile(
    _NAMED_PROGRAMME_ALONE.pattern
    + r"|\(\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}(?:\s*,\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}){1,}"
    r"(?:\s*,?\s+and\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})?\s*\)",
    re.I,
)


def _staff_specific(text: str) -> str | None:
    text = _without_therapy_facilities(text)  # (a therapy room or a pupil's therapy programme names no therapist)
    roles = [*itertools.islice(L.STAFF_ROLE.finditer(text), 8)] or [*itertools.islice(L.STAFF_SERVICE.finditer(text), 8)]
    # (a school's own posts, "will appoint 2.0 FTE teachers and 2.0 FTE learning mentors", are its staffing (iv), not
    # specialists: a sentence naming no other role names no specialist staff)
    roles = [r for r in roles if not _GENERIC_ROLE.fullmatch(r.group(0))]
    if not roles:
        return None if _GENERIC_STAFFING.search(text) else _first(L.FTE, text)
    spans = L.clause_spans(text)
    for found in roles:
        # how much of them, said of them (in their clause or the next: "a clinical psychologist, who is on site three
        # days a week"), not a count before them ("(120 at present, of which 36 are at the School); the Council's
        # SEMH outreach service will support mainstream schools")
        k = next((i for i, (a, b) in enumerate(spans) if a <= found.start() < b), len(spans) - 1)
        a, b = spans[k][0], spans[min(k + 1, len(spans) - 1)][1]
        scope = text[a:b]
        # (the pupils or schools a service works with are counted after it, "the outreach team will support 40
        # schools"; those before it are who is supported, "The two youngest pupils will stay with support from the
        # Sensory Support Service")
        amount = (_first(L.FREQUENCY, scope) or _first(L.FTE, scope) or _quantity_near(_STAFF_AMOUNT, scope)
                  or _quantity_near(_CASELOAD, text[max(a, found.start()): b]))
        if amount:
            return f"{found.group(0)}; {amount}"
    return _first(L.FTE, text)


def _specialist_time_compared(text: str) -> bool:
    """Specialist time set against other time: a comparison of specialist
    hours is a claim of better access, with no benefit word ("EP 1 day/wk
    (was 1 day/half-term)"; "A physiotherapist works at Fallowfield three
    days a week; Ashby Road receives a physiotherapy visit once a
    fortnight").  Two parts of the sentence (its clauses, and what stands
    in brackets) each give an amount of time, and one of them says it of
    before or now ("was", "currently", "against") or the two name
    different places."""
    parts = _PARTS.split(text)
    first = next((k for k, p in enumerate(parts) if _SPECIALIST_TIME.search(p)), None)
    if first is None or _BEFORE_OR_NOW.search(parts[first]):
        return False  # (no time, or the first said of before or now: "currently one day a term (previously ...)")
    # the other time, said of before or now, perhaps as a bare amount: "(was one day a term)", "(now two)",
    # "against 4 hours at Ashcombe", "(currently none)"
    if any(_BEFORE_OR_NOW.search(p) and (_SPECIALIST_TIME.search(p) or L.NUMBER.search(p) or _NONE.search(p))
           for p in parts[first + 1:]):
        return True
    parts = [p for p in parts[first:] if _SPECIALIST_TIME.search(p)]
    places = [{w for w in _CAPITALISED.findall(p) if w not in _NOT_PLACES} for p in parts]
    return any(a and b and not a & b for a, b in itertools.combinations(places, 2))


_PARTS = re.compile(r"[;()]|,?\s+(?=(?:against|compared\s+with|whereas|while)\b)", re.I)
# An amount of a specialist's time: "three days a week", "1 day/wk", "once a fortnight", "full-time", "by referral".
_SPECIALIST_TIME = re.compile(
    r"\b(?:full[- ]time|part[- ]time|daily|weekly|fortnightly|termly|monthly|half[- ]termly)\b"
    r"|\b(?:once|twice|\w+\s+times)\s+(?:a|per|each|every)\s+(?:week|fortnight|term|half[- ]term|month|year)\b"
    r"|\b(?:days?|mornings?|afternoons?|sessions?|hours?|visits?)\s*(?:(?:a|per|each|every)\s+|/\s*)(?:wk|week|fortnight|term|half[- ]term|month|year)\b"
    r"|\bevery\s+(?:school\s+)?(?:day|week|fortnight|term|half[- ]term|month|monday|tuesday|wednesday|thursday|friday)\b"
    r"|\bby\s+referral\b", re.I)
_BEFORE_OR_NOW = re.compile(
    r"^\W*(?:against|compared\s+with|whereas|while)\b|\b(?:was|were|had|has\s+had|have\s+had|now|currently|at\s+present|today|previously|formerly)\b", re.I)
_NONE = re.compile(r"\b(?:none|no\s+\w+|nothing)\b", re.I)
_CAPITALISED = re.compile(r"\b(?-i:[A-Z][a-z'’]{2,})")
_NOT_PLACES = frozenset(("The", "Each", "Every", "Both", "All", "Our", "Their", "Its", "This", "These", "Pupils", "Children",
                         "Students", "She", "They", "There", "Staff"))


# Posts every school has, not specialists: teachers, teaching assistants, learning mentors.
_GENERIC_ROLE = re.compile(r"(?:higher level )?teaching assistants?|hltas?|learning mentors?", re.I)
_GENERIC_STAFFING = re.compile(r"\b(?:teachers|teaching\s+assistants?|learning\s+mentors?|hltas?|support\s+staff)\b", re.I)
_CASELOAD = L.rx(r"pupils?", r"schools?")


# (not a leader's post named by its first word, "led by one of our assistant headteachers", which counts no specialist)
_STAFF_AMOUNT = L.rx(
    r"days?", r"hours?", r"sessions?", r"posts?", r"visits?", r"weeks?", r"terms?", r"therapists?",
    r"teachers?", r"staff", r"assistants?(?!\s+(?:head|principal|director|manager)\w*)", r"nurses?", r"psychologists?",
)


def _accommodation_specific(text: str) -> str | None:
    # (a sum said only as where money comes from, "the refurbishment, £85,000, comes from the Property
    # Maintenance budget", "contributing £1.2 million ... towards the site", is funding (iv): it describes no
    # rooms or works)
    return (
        _first(L.ACCOMMODATION_SPECIFIC, text)
        or _quantity_near(L.SPACE_NOUN, text)
        or (None if _MONEY_FROM.search(text) else _first(L.MONEY, text))
    )


def _accommodation_measured(clause: str) -> str | None:
    """Rooms described by their size or number ("two teaching rooms (48 m² and
    42 m²)", "a 60 m² classroom", "four classrooms"), which a hedge on their
    coming does not make general words (a sum only hoped for, or a named
    room alone, "we hope the sports hall will be open to clubs", does)."""
    return _first(_MEASURED, clause) or _quantity_near(_ROOMS, clause)


_MEASURED = re.compile(r"\d[\d,.]*\s*(?:m2|m²|sq\.?\s?m|square\s+met(?:re|er)s)(?!\w)", re.I)
_ROOMS = L.rx(r"classrooms?", r"teaching (?:rooms?|spaces?)", r"rooms?")


# Where money comes from: "comes from the council's budget", "contributing £1.2 million from its allocation".
_MONEY_FROM = re.compile(
    r"\b(?:comes?|coming|came)\s+from\b|\bcontribut\w*\b"
    # the capital and its fund, as an account of funding lists them, naming no building: "Capital works £1.35m from
    # the High Needs Provision Capital Allocation 2026-27"
    r"|\bcapital(?:\s+(?:works|costs?|funding))?\s*:?\s*(?:of\s+)?[£$€]\s?\d[\d,.]*\s*(?:m|k|bn|million|thousand)?\s+from\b"
    # ... or the sum first: "with £90,000 of capital from the Council's capital programme for acoustic works"
    r"|[£$€]\s?\d[\d,.]*\s*(?:m|k|bn|million|thousand)?\s+of\s+capital(?:\s+funding)?\s+from\b"
    r"|\b(?:met|paid|funded|financed)\s+(?:in\s+full\s+)?(?:from|by|through)\b", re.I)


_BUILDING = re.compile(
    r"\b(?:classrooms?|buildings?|blocks?|extensions?|wings?|accommodation|premises|site|teaching\s+spaces?|m2|m²|square\s+met(?:re|er)s|"
    r"refurbish\w*|rebuil\w*|new[- ]build|built|toilets?|hygiene|changing\s+places|lifts?|ramps?|storey)\b",
    re.I,
)


_STATUTORY_ENLARGEMENT = re.compile(r"\benlarge(?:ment\s+of)?\s+the\s+premises(?:\s+of\s+the\s+(?:school|academy))?\b", re.I)


# What building works give: rooms and features named, or the works themselves.
_WORKS_GIVE = re.compile(
    r"\b(?:classrooms?|extensions?|wings?|teaching\s+spaces?|m2|m²|square\s+met(?:re|er)s|refurbish\w*|rebuil\w*|new[- ]build"
    r"|remodel\w*|adapt\w*|acoustic\w*|toilets?|hygiene|changing\s+places|lifts?|ramps?|storey|rooms?|halls?|kitchens?|suites?"
    r"|playgrounds?|blocks?)\b",
    re.I,
)
_ON_SITE = re.compile(r"\b(?:on|off)[- ]site\b", re.I)
# On which site a thing is: "the pupil referral unit on the Fenner Street site", "is provided on one site only".
_ON_A_SITE = re.compile(r"\bon\s+(?:the\s+|one\s+|a\s+|its\s+|their\s+|two\s+|three\s+|separate\s+)?(?:[\w'’-]+\s+){0,3}?sites?\b", re.I)
_SITE_IN_BRACKETS = re.compile(r"\([^()]*\bsites?\b[^()]*\)", re.I)


def _where_and_when(clause: str) -> str:
    """The clause without the words that say only where or when something
    is: "on site"; a site a thing is on now ("is provided on one site only")
    or in brackets that describe it ("Kingsmere Learning Centre (the City's
    pupil referral unit on the Fenner Street site)"); and works that date
    something else ("will transfer on 17 April 2028, when the building works
    there are complete")."""
    clause = _ON_SITE.sub(" ", clause)
    low = clause.casefold()
    if "complete" in low or "finish" in low or "ready" in low:
        clause = _WHEN_WORKS_END.sub(" ", clause)
    if "site" not in low:
        return clause
    clause = _SITE_IN_BRACKETS.sub(lambda m: _ON_A_SITE.sub(" ", m.group(0)), clause)
    return clause if _WILL.search(clause) else _ON_A_SITE.sub(" ", clause)


_WILL = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to)\b", re.I)
# When works end, as the date of something else: "when the building works there are complete", "once the
# refurbishment is finished".
_WHEN_WORKS_END = re.compile(
    r"\b(?:when|once|after|until)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:works?|building|refurbishment|extension|rebuild)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:is|are|has\s+been|have\s+been)\s+(?:complete[d]?|finished|ready)\b", re.I)
# Room as space for pupils, not a room: "room for 45", "to make room for Ravenscar pupils"; and a classroom as where
# help is given, not accommodation gained: "more specialist help in their own classrooms".
_NOT_A_ROOM = re.compile(
    r"\b(?:mak\w*|made|ha[sv]e?|had|there\s+is|enough|no|little|more|plenty\s+of)\s+room\s+(?:for|to)\b"
    r"|\broom\s+for\s+(?:\d+|up\s+to|more|them|another|further|growth|expansion)\b"
    r"|\bin\s+(?:their|the|its|his\s+or\s+her|your\s+child['’]s)\s+(?:own\s+|usual\s+|mainstream\s+|home\s+)*classrooms?\b"
    # ... or where equipment goes: "with structured work stations in every classroom"
    r"|\bin\s+(?:every|each|all)\s+(?:of\s+(?:the|its|their)\s+)?classrooms?\b"
    # ... or where a meeting is held: "a drop-in session for parents in the school hall on 25 May", "the public meeting
    # will be held in the main hall"
    r"|\b(?:meetings?|drop-ins?(?:\s+sessions?)?|(?:consultation|information|public|open|parents['’]?)\s+(?:events?|evenings?|sessions?|days?))\b[^.;:()]{0,60}?\b(?:in|at)\s+(?:the|our|its)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:halls?|library|rooms?|classrooms?)\b",
    re.I)
# The rooms of a provision that closes, given back to the host school: "The Unit's room will be returned to the
# school for use as a classroom", "it will convert the Unit's rooms to general classrooms": no accommodation gained.
# (The provision by its kind or its name: "The Nest's room as a classroom", "The Unit's classroom and office will return to
# the Academy as a general teaching room".)
_ROOMS_GIVEN_BACK = re.compile(
    r"(?:\b(?:unit|base|provision|centre|class)|(?<![.!?:]\s)(?<!^)\b(?-i:[A-Z])[\w-]*)['’]s?\s+(?:former\s+|[\w-]+\s+)?"
    r"(?:rooms?|classrooms?|accommodation|building|space)\b"
    r"[^.;]{0,80}?\b(?:(?:return(?:s|ed)?|revert(?:s|ed)?|go(?:es)?\s+back|handed\s+back|given\s+back)\s+to\s+(?:the\s+)?(?:host\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:school|academy|trust)"
    r"|(?:general|mainstream|ordinary)\s+(?:classrooms?|teaching\s+(?:rooms?|spaces?))"
    r"|(?:for|as)\s+(?:use\s+as\s+)?(?:a\s+)?(?:general\s+|mainstream\s+)?classroom\b(?!s))"
    # ... or wanted back by the school: "the trust would like the two rooms back for its growing Year 7"
    r"|\b(?:the|its|their|our|those|these|both|two|three|four)\s+(?:[\w-]+\s+)?(?:rooms?|classrooms?|accommodation|space|building)\s+back\b",
    re.I)


# (compiled once at import, not looked up in re's cache at each call; and prefiltered like the others)
_PAID_FOR = re.compile(r"\b(?:paid\s+for|pay\s+for|funded|fund|funds|financed|met\s+from|costs?)\b", re.I)
_USED_OR_SHARED = re.compile(r"\buse\s+of\b|\b(?:will|would|can|could|to)\s+(?:\w+\s+)?(?:use|share)\b|\baccess\s+to\b|\bjoin\b"
                             r"|\b(?:is|are|will\s+be|would\s+be)\s+(?:also\s+)?(?:made\s+)?available\s+to\b", re.I)
_TUPE = re.compile(r"\btupe\b|\bredeploy", re.I)


def _accommodation_extra(clause: str, s: Sentence) -> bool:
    # "The proposal is to enlarge the premises of the school so as to increase its capacity" names the kind of
    # alteration (the Act's words), not the accommodation pupils will have
    if _STATUTORY_ENLARGEMENT.search(clause) and not L.ACCOMMODATION.search(_STATUTORY_ENLARGEMENT.sub(" ", clause)):
        return False
    # "Capital works will be paid for from the capital programme", "The DfE will fund the building" say how works
    # are funded (iv), not what they give; "£90,000 ... for acoustic works" says what they give (names blanked: the
    # "High Needs Block" is no building)
    if _PAID_FOR.search(clause) and not _WORKS_GIVE.search(
            L.common_words(re.sub(r"\bcapital\s+(?:works|scheme|project)\b", " ", clause, flags=re.I))):
        return False
    # "a counsellor on site three days a week", "the unit on the Mill Lane site" say where, not what accommodation,
    # "when the building works are complete" when; "County Hall" is an address
    if not L.ACCOMMODATION.search(L.common_words(_NOT_A_ROOM.sub(" ", _where_and_when(clause)))):
        return False
    if _ROOMS_GIVEN_BACK.search(clause):
        return False
    # "pupils will have use of the sensory room" is access to a facility (a), not accommodation (c)
    # (a building named outside what pupils are given access to still is: "the new block gives them use of a
    # sensory room"; inside it, it is the facility used: "access to Saltings' new changing places facility")
    # ("The Centre's ICT suite and fitness room are available to all pupils": a facility pupils may use, not one gained)
    # ("Pupils from both schools will share the Linden hydrotherapy pool": a facility shared, not accommodation gained)
    return not _USED_OR_SHARED.search(clause) or bool(
        _BUILDING.search(_ACCESS_TO_FACILITY.sub(" ", clause)))


# What pupils are given access to or use of at another school, to the end of its phrase: "access to Saltings' forest
# school and its new hydrotherapy-ready changing places facility" (not "access to a new classroom block").
_ACCESS_TO_FACILITY = re.compile(
    r"\b(?:access\s+to|use\s+of)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}(?:['’]s|s['’])\s+[^,;:()]{0,120}", re.I)


def _staff_extra(clause: str, s: Sentence) -> bool:
    # "staff will transfer to the new school under TUPE" is staffing, not access to specialists;
    # "a school for pupils with social, emotional and mental health needs" names a need, and "the Speech and
    # Language Base at Orchard Primary School" a provision, not a professional.
    # "a rebound therapy room", "a therapy suite" name a facility (a), not the therapists who use it
    # (nor are staff who transfer with the provision, "a Teacher of the Deaf (1.0 FTE, transferring from Dunmore)":
    # the same staff, not better access to them)
    return not _TUPE.search(clause) and not _STAFF_TRANSFERRING.search(clause) and bool(
        L.STAFF.search(_without_therapy_facilities(L.BESD.sub(" ", L.PROPER_NAME.sub(" ", clause)))))


_STAFF_TRANSFERRING = re.compile(
    r"\b(?:staff|fte|teachers?|workers?|therapists?|assistants?|deaf|blind|impaired)\b[^.;:]{0,30}?\btransferring\b", re.I)


def _without_therapy_facilities(text: str) -> str:
    return _THERAPY_FACILITY.sub(" ", text) if "therap" in text.casefold() else text


# (whatever the therapy: "a physiotherapy room", "a hydrotherapy pool"; and a pupil's programme of it, which no
# therapist is: "used daily by every pupil with a physiotherapy programme")
_THERAPY_FACILITY = re.compile(
    r"\b(?:physio|hydro)?therap(?:y|ies)\s+(?:rooms?|suites?|pools?|gardens?|areas?|spaces?|studios?|bases?|centres?"
    r"|programmes?|plans?|targets?)\b", re.I)


def _accessibility(s: Sentence) -> list[Finding]:
    m = L.ACCESSIBILITY_STRATEGY.search(s.text)
    if not m:
        return []
    if _about_the_test(s.text):
        return []
    clause = L.clause_of(s.text, m.start())
    # (not a word in the brackets that quote the strategy: "objective 2 of the Accessibility Strategy ('all
    # provisions fully accessible without reliance on lifts')")
    clause = _BRACKETED.sub(" ", clause)
    if L.negated(clause):
        return [Finding("accessibility_strategy_referred", "negated", s, _neg_word(clause))]
    return [Finding("accessibility_strategy_referred", "supports", s, m.group(0))]


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
