"""Para 23 applies when the school that closes is a BESD (SEMH) school, however the document says so: its description
given in a sentence whose subject is the school in bold, after its address ("**Rowan Lodge** at Mill Street, Hexton, is
a special academy for ..."), a special academy (not only a school) for such pupils, a description given after the
school was first named with no kind, a description whose subject points back to the schools just named ("Both are
..."), a closure in a statutory notice whose opening cites the Regulations' title ("... (Establishment and
Discontinuance of Schools) ..."), a school the providers call a BESD school named as the closure's subject ("... will
close") as well as its object, a school's kind said by reference in another's description ("like X, is a special
school for ...", "the other special school for ..."), by whom it serves ("X has long served boys and girls with ..."),
in a form's field after a dash ("School: X Academy, URN ... – special academy for ..."), one site of it closing, or by
where every one of its pupils goes ("Every X pupil will have a place at a school for pupils with SEMH needs"). Each beside a near one whose verdict must differ; the wording is
this file's own."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals.reader import read_document, sentences


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_PLACES = ("\n\n## Where the pupils go\n\nAll 20 pupils will transfer to Hartwell School, a special school for pupils with "
           "SEMH needs, on 1 September 2028. Its governing body has confirmed in writing that it will admit them.\n")


# A bold phrase opening a paragraph is its run-in heading only when the paragraph's words after it start anew; when
# they go on with its sentence (a small letter or a bracket after it, no stop or colon inside it), it is the sentence's
# subject in bold.
def test_a_bold_subject_stays_in_its_sentence(write):
    doc = read_document(write(
        "# Proposal\n\n**Rowan Lodge** at Mill Street, Hexton, is a special academy for 30 pupils with SEMH needs.\n\n"
        "**The 12 older pupils** (Years 10 and 11) will move to Hartwell School.\n\n"
        "**Transport.** Pupils will travel by minibus.\n\n**Key decision:** yes\n\n**Staffing** Two posts are added.\n"))
    texts = [(s.kind, s.text) for s in sentences(doc)]
    assert ("paragraph", "Rowan Lodge at Mill Street, Hexton, is a special academy for 30 pupils with SEMH needs.") in texts
    assert ("paragraph", "The 12 older pupils (Years 10 and 11) will move to Hartwell School.") in texts
    for heading in ("Transport", "Key decision", "Staffing"):
        assert ("heading", heading) in texts


KIND = [
    # the school's description in a sentence whose bold subject was read as a heading, its address between
    ("met", "# Proposal to close Rowan Lodge Academy\n\n**Rowan Lodge Academy** at Mill Street, Hexton, is a special academy "
            "for 30 pupils aged 11 to 16 with social, emotional and mental health needs. The trust will ask for its funding "
            "agreement to end on 31 August 2028." + _PLACES),
    ("not_applicable", "# Proposal to close Rowan Lodge Academy\n\n**Rowan Lodge Academy** at Mill Street, Hexton, is a special "
                       "academy for 30 pupils aged 11 to 16 with profound and multiple learning difficulties. The trust will ask "
                       "for its funding agreement to end on 31 August 2028." + _PLACES),
    # named first with no kind (an academy, read as mainstream from its name), described after as a BESD special academy
    ("met", "# Closure of Thornfield Academy\n\nThe trust proposes that Thornfield Academy close on 31 August 2028.\n\n"
            "Thornfield Academy is a special academy for pupils aged 7 to 16 with behavioural, emotional and social "
            "difficulties." + _PLACES),
    ("not_applicable", "# Closure of Thornfield Academy\n\nThe trust proposes that Thornfield Academy close on 31 August 2028.\n\n"
                       "Thornfield Academy is a secondary academy of 900 pupils with a resource base for pupils with SEMH "
                       "needs." + _PLACES),
    # the description's subject points back to the schools named in the sentence before
    ("met", "# Specialist provision in Hexton\n\nThe Council proposes to discontinue Ashby Grange School and to enlarge Hilltop "
            "School from 1 September 2028. Both are community special schools for pupils with social, emotional and mental "
            "health needs." + _PLACES),
    ("met", "# Specialist provision in Hexton\n\nCabinet is asked to approve the closure of Ashby Grange School on 31 August "
            "2028. It is a day special school for 25 boys with BESD." + _PLACES),
    ("not_applicable", "# Specialist provision in Hexton\n\nThe Council proposes to discontinue Ashby Grange School and to enlarge "
                       "Hilltop School from 1 September 2028. Both are community special schools for pupils with severe "
                       "learning difficulties." + _PLACES),
    # a BESD school relocating goes on: no school closes
    ("not_applicable", "# Proposal to relocate Ridgeway Academy\n\nRidgeway Academy is a special academy for 40 pupils with SEMH "
                       "needs. The trust proposes to relocate Ridgeway Academy to the Hale Street campus in September 2028.\n"),
]


@_cases(KIND)
def test_the_closing_schools_kind_wherever_it_is_said(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# A statutory notice opens with the Regulations' title, whose "Discontinuance of Schools" closes nothing: the
# closure the same clause goes on to make is read.
NOTICE = [
    ("met", "STATUTORY NOTICE\n\nNotice is given under section 15(1) of the Education and Inspections Act 2006 and the School "
            "Organisation (Establishment and Discontinuance of Schools) (England) Regulations 2013 that Hexton Borough Council "
            "intends to discontinue Elmgrove School, Park Road, Hexton, on 31 August 2028.\n\nElmgrove School is a community "
            "special school for 28 pupils aged 11 to 16 with SEMH needs.\n\nAll 20 pupils will transfer to Hartwell School, "
            "a special school for pupils with SEMH needs, on 1 September 2028. Its governing body has confirmed in writing "
            "that it will admit them.\n"),
    ("not_applicable", "STATUTORY NOTICE\n\nNotice is given under section 19(1) of the Education and Inspections Act 2006 and the "
                       "School Organisation (Establishment and Discontinuance of Schools) (England) Regulations 2013 that Hexton "
                       "Borough Council intends to enlarge Elmgrove School, Park Road, Hexton, from 1 September 2028.\n\n"
                       "Elmgrove School is a community special school for 28 pupils aged 11 to 16 with SEMH needs. It will "
                       "have 40 places.\n"),
]


@_cases(NOTICE)
def test_the_regulations_title_hides_no_closure(write, expected, body):
    assert check_document(write(body, "notice.txt")).verdicts()["para23"] == expected


# A provider named first with no description (an academy, its kind guessed from the name: mainstream) takes the kind
# its description gives later: a group going there has a special place when that description is of a special academy.
_LIST = ("# Proposal to close Fernlea School\n\n1.1 The Borough proposes to close Fernlea School, a community special school "
         "for 30 pupils aged 11-16 with social, emotional and mental health needs, on 31 December 2027.\n\n1.2 The Borough "
         "has worked with Kestrel Academy and Harcourt School since 2025.\n\n## 2. Where the pupils go\n\n2.1 The 24 pupils "
         "now at Fernlea will be placed as follows from January 2028:\n\n- 14 at Harcourt School (SEMH special school, "
         "11-16), which has agreed in writing to take them;\n- 10 at Kestrel Academy, which has agreed in writing to take "
         "them.\n\n2.2 Kestrel Academy is ")
LATER = [
    ("met", _LIST + "a special academy for pupils aged 11 to 16 with social, emotional and mental health needs.\n"),
    ("unclear", _LIST + "a secondary academy of 1,100 pupils in the north of the Borough.\n"),
]


@_cases(LATER)
def test_a_kind_said_after_the_name(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# The school a closure names, as its subject ("... is to close") as well as its object ("close ..."), under any of its
# names, is the BESD school when the providers say it is one; a relocation closes nothing, and a BESD school named
# elsewhere in the closure's sentence is not what closes.
SUBJECT = [
    ("met", "# What happens next\n\nWe can now confirm that Thistledown School is to close at the end of the summer term "
            "2028.\n\n## About the school\n\nThistledown, a day special school for 24 pupils with social, emotional and "
            "mental health needs, has lost most of its pupils since 2024." + _PLACES),
    ("not_applicable", "# What happens next\n\nWe can now confirm that Thistledown School is to relocate to the Hale Street "
                       "campus at the end of the summer term 2028.\n\n## About the school\n\nThistledown, a day special school "
                       "for 24 pupils with social, emotional and mental health needs, has lost most of its pupils since 2024."),
    ("not_applicable", "# What happens next\n\nWe can now confirm that Brookmead School is to close at the end of the summer term "
                       "2028.\n\n## About the schools\n\nThistledown, a day special school for 24 pupils with social, emotional "
                       "and mental health needs, will take some of its pupils."),
    # the BESD school named in the closure's sentence, but neither what closes nor the subject of the closure
    ("not_applicable", "# What happens next\n\nThistledown will take six of the pupils when Brookmead School closes at the end "
                       "of the summer term 2028.\n\n## About the schools\n\nThistledown, a day special school for 24 pupils "
                       "with social, emotional and mental health needs, has room for them."),
]


@_cases(SUBJECT)
def test_the_closing_school_as_subject_or_object(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# A school's kind said by reference in another school's description: "like X, is a ... school for ..." gives X that
# kind; "the other ... school for ..." gives it to the school named last before. A "like" that compares something
# else, or an "other" with no school named before it, gives none.
_TO = "Its governing body has confirmed in writing that it will admit them."
REFERENCE = [
    ("met", "# Closure of Pennington School\n\nPennington School will close on 31 August 2028.\n\nAll 20 pupils will transfer "
            "to Hartwell School, which, just like Pennington, is a day special school for boys and girls with behavioural, "
            "emotional and social difficulties, on 1 September 2028. " + _TO + "\n"),
    ("not_applicable", "# Closure of Pennington School\n\nPennington School will close on 31 August 2028.\n\nAll 20 pupils will "
                       "transfer to Hartwell School, which, like Pennington, has its own therapy team and is a day special "
                       "school for pupils with behavioural, emotional and social difficulties, on 1 September 2028. " + _TO + "\n"),
    ("met", "# Closure of Pennington School\n\nThe Council has decided that Pennington School will close on 31 August 2028.\n\n"
            "All 20 pupils will transfer to Hartwell School, the county's other day school for pupils with SEMH needs, on 1 "
            "September 2028. " + _TO + "\n"),
    ("not_applicable", "# Our plans\n\nAll 20 pupils will transfer to Hartwell School, the county's other day school for pupils "
                       "with SEMH needs, on 1 September 2028. " + _TO + "\n\nThe Council has decided that Pennington School "
                       "will close on 31 August 2028.\n"),
]


@_cases(REFERENCE)
def test_a_kind_said_by_reference(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# A school's kind said by whom it serves ("X has long served boys and girls with SEMH needs", "X caters for pupils
# aged 7 to 16 with ..."), under the name the document gives it elsewhere ("X" of "X School"); not a part of its
# pupils ("some children with ..."), nor a provision inside it ("... in its resource base"), nor a mainstream school.
_CLOSE_FENWICK = "# The future of Fenwick Lodge School\n\nCabinet has decided to close Fenwick Lodge School on 31 July 2028.\n\n"
SERVES = [
    ("met", _CLOSE_FENWICK + "Fenwick Lodge has long served boys and girls with behavioural, emotional and social "
                             "difficulties, and its staff know them well." + _PLACES),
    ("met", _CLOSE_FENWICK + "Fenwick Lodge School caters for pupils aged 7 to 16 with SEMH needs from across the county."
     + _PLACES),
    ("not_applicable", _CLOSE_FENWICK + "Fenwick Lodge has served some children with social, emotional and mental health "
                                        "needs over the years." + _PLACES),
    ("not_applicable", _CLOSE_FENWICK + "Fenwick Lodge provides for pupils with SEMH needs in its resource base as well "
                                        "as for pupils with autism." + _PLACES),
    ("not_applicable", "# The future of Fenwick Primary School\n\nCabinet has decided to close Fenwick Primary School on 31 "
                       "July 2028.\n\nFenwick Primary School serves children with SEMH needs from the estate." + _PLACES),
    # the school that serves them is not the one that closes
    ("not_applicable", _CLOSE_FENWICK + "Hartwell has long served boys and girls with behavioural, emotional and social "
                                        "difficulties." + _PLACES),
]


@_cases(SERVES)
def test_a_kind_said_by_whom_the_school_serves(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# A form's field gives the school's kind after a dash, its reference number between ("School: Ashcombe Academy, URN
# 140000 – special academy for pupils ... with SEMH needs"); one site of it closing displaces that site's pupils, who
# keep a place at the school when they stay on its roll ("stay on Ashcombe's roll").
_FIELDS = ("# Ashcombe Academy: one site\n\n**Trust:** Fellside Learning Trust\n**School:** Ashcombe Academy, URN 140000 – "
           "{kind}\n**Proposed change:** closing the Quarry Lane site\n\n1. Ashcombe Academy has two sites: the Quarry Lane "
           "site (18 pupils) and the Beck Street site (50 pupils). The trust proposes to close the Quarry Lane site on 31 "
           "August 2028.\n\n2. All 18 Quarry Lane pupils {stay}; none will be placed in a pupil referral unit.\n")
_SEMH_ACADEMY = "special academy for 68 pupils aged 5 to 16 with social, emotional and mental health needs"
FIELDS = [
    ("met", _FIELDS.format(kind=_SEMH_ACADEMY, stay="stay on Ashcombe's roll and move to the Beck Street site")),
    ("met", _FIELDS.format(kind="a special academy for pupils with SEMH", stay="remain on Ashcombe’s roll at Beck Street")),
    ("not_applicable", _FIELDS.format(kind="special academy for 68 pupils aged 5 to 16 with severe learning difficulties",
                                      stay="stay on Ashcombe's roll and move to the Beck Street site")),
    ("not_applicable", _FIELDS.format(kind="resourced provision for pupils with SEMH at a primary school",
                                      stay="stay on Ashcombe's roll and move to the Beck Street site")),
    # staying on its roll is no place where the pupils' plans are yet to be decided
    ("unclear", _FIELDS.format(kind=_SEMH_ACADEMY, stay="will be found places elsewhere in due course")),
]


@_cases(FIELDS)
def test_a_kind_in_a_forms_field_and_a_site_of_the_school_closing(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# A school's kind said by where every one of its pupils goes: all of them to a school for BESD (SEMH) pupils makes them
# such pupils and it such a school ("Every Fenwick pupil will be offered a place at a day school for pupils with SEMH");
# not some of them ("Fenwick pupils with SEMH needs", "every Fenwick pupil who ..."), nor every pupil to a school of
# another kind, nor a school other than the one that closes.
_TO_HARTWELL = ("\n\nThe 20 pupils will transfer to Hartwell School on 1 September 2028. Its governing body has confirmed "
                "in writing that it will admit them. No pupil will be placed in a pupil referral unit.\n")
EVERY_PUPIL = [
    ("met", _CLOSE_FENWICK + "Every Fenwick Lodge pupil will be offered a place at a day school for pupils with social, "
                             "emotional and mental health needs." + _TO_HARTWELL),
    ("met", _CLOSE_FENWICK + "All the pupils of Fenwick Lodge will move to one of the county's two SEMH special academies."
     + _TO_HARTWELL),
    ("not_applicable", _CLOSE_FENWICK + "Every Fenwick Lodge pupil who has SEMH needs will be offered a place at a day school "
                                        "for pupils with social, emotional and mental health needs." + _TO_HARTWELL),
    ("not_applicable", _CLOSE_FENWICK + "Fenwick Lodge pupils with SEMH needs will move to one of the county's two SEMH "
                                        "special academies." + _TO_HARTWELL),
    ("not_applicable", _CLOSE_FENWICK + "Every Fenwick Lodge pupil will be offered a place at a day school for pupils with "
                                        "moderate learning difficulties." + _TO_HARTWELL),
    ("not_applicable", _CLOSE_FENWICK + "Every Ashby Vale pupil will be offered a place at a day school for pupils with "
                                        "social, emotional and mental health needs." + _TO_HARTWELL),
]


@_cases(EVERY_PUPIL)
def test_a_kind_said_by_where_every_pupil_goes(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


def test_every_pupil_to_a_school_with_an_semh_base_says_no_kind(write):
    body = (_CLOSE_FENWICK + "Every Fenwick Lodge pupil will be offered a place at a primary school with an SEMH resource "
            "base.\n\nFenwick Lodge pupils will have a place at a local school, and the SEMH outreach team will visit them."
            + _TO_HARTWELL)
    assert check_document(write(body)).verdicts()["para23"] == "not_applicable"
