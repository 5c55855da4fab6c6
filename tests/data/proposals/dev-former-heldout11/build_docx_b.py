"""Build the Word documents 45 to 50 of the blind corpus (part b).

Usage: python build_docx_b.py [OUTPUT_FOLDER]   (default: this script's folder)
"""
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt


def new_document():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    return doc


def heading(doc, text, level=1):
    doc.add_heading(text, level=level)


def para(doc, text, bold=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    return p


def bullets(doc, items, style="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=style)


def table(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = t.cell(r, c)
            cell.text = value
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- 45

def doc45(doc):
    para(doc, "MARLSTONE COUNCIL", bold=True)
    heading(doc, "Report to Cabinet: Future of Crowhurst School", 0)
    table(doc, [
        ["Meeting", "Cabinet, 20 January 2027"],
        ["Lead officer", "Sunita Ravel, Director of Learning and Inclusion"],
        ["Portfolio holder", "Cllr Tom Ashdown, Schools and SEND"],
        ["Wards", "Crowhurst; Marlstone North"],
        ["Key decision", "Yes"],
    ], header=False)
    heading(doc, "1. Executive summary")
    para(doc, "1.1 Crowhurst School is a community special school for 32 pupils aged 7 to 14 with social, emotional and mental health (SEMH) needs. Its building is leased, and the lease ends in August 2027 with no option to renew. This report recommends closing Crowhurst School on 31 August 2027 and providing its pupils with places at two other special schools, both of which will be enlarged.")
    heading(doc, "2. Recommendations")
    para(doc, "Cabinet is asked to:")
    bullets(doc, [
        "approve the publication of a statutory proposal to close Crowhurst School on 31 August 2027;",
        "approve the enlargement of Sandpiper School (SEMH, 5-16) from 56 to 76 places and of Tidewell School (SEMH, 11-16) from 48 to 64 places from 1 September 2027;",
        "approve a capital budget of £2.8 million (section 8).",
    ], style="List Number")
    heading(doc, "3. The case for change")
    para(doc, "3.1 SEMH special school places in Marlstone are 136 now (Crowhurst 32, Sandpiper 56, Tidewell 48) and will be 140 from 1 September 2027 (Sandpiper 76, Tidewell 64). The Crowhurst lease cannot be renewed and the building has no specialist teaching rooms.")
    heading(doc, "4. Benefits for pupils")
    heading(doc, "4.1 Access to the curriculum and facilities", 2)
    para(doc, "Crowhurst has no specialist teaching rooms. At Sandpiper pupils will use a science laboratory, a food room, an ICT suite and a sports hall; at Tidewell, a construction workshop and a horticulture area. Pupils of secondary age will be able to study for GCSE English, mathematics and science and the Level 1 Award in Construction Skills. The proposal helps deliver objective 1 (curriculum access) of the Marlstone Accessibility Strategy 2025-2028.")
    heading(doc, "4.2 Specialist staff", 2)
    para(doc, "Sandpiper employs a clinical psychologist (0.8 FTE) and a speech and language therapist (2 days a week); Tidewell has a counsellor (1.0 FTE) and a CAMHS practitioner on site every Monday. Crowhurst pupils currently see a psychologist only by referral.")
    heading(doc, "4.3 Accommodation", 2)
    para(doc, "At Sandpiper, a new teaching block of three classrooms (55 m² each) and a nurture room; at Tidewell, two classrooms (52 m²) and a calm room in a modular building. Both will be complete by 30 July 2027.")
    heading(doc, "4.4 Places", 2)
    table(doc, [
        ["School", "Places now", "Places from 1 September 2027"],
        ["Crowhurst", "32", "0"],
        ["Sandpiper", "56", "76"],
        ["Tidewell", "48", "64"],
        ["Total", "136", "140"],
    ])
    heading(doc, "5. Arrangements for Crowhurst pupils")
    para(doc, "5.1 The 27 pupils on roll will transfer on 1 September 2027: 17 pupils who will then be in Years 3 to 8 to Sandpiper, and 10 pupils who will then be in Years 9 and 10 to Tidewell. Each will have a transition plan and visits in the summer term 2027.")
    para(doc, "5.2 The governing bodies of Sandpiper (letter of 9 December 2026) and Tidewell (letter of 11 December 2026) have confirmed in writing that they will admit the pupils and that the facilities and staffing described in section 4 will be in place. Copies are in Appendix 2.")
    para(doc, "5.3 No Crowhurst pupil will be placed in the Marlstone Pupil Referral Unit or any other alternative provision as a result of the closure.")
    heading(doc, "6. Consultation with providers")
    para(doc, "6.1 A written statement of the proposal was sent on 1 October 2026 to the governing bodies of Crowhurst, Sandpiper and Tidewell, the Marlstone PRU management committee and all primary and secondary headteachers, inviting each to set out its views on the changing pattern of provision in writing by 13 November 2026. The responses are in Appendix 1.")
    heading(doc, "7. Transport")
    para(doc, "7.1 All transferring pupils are eligible under the Marlstone SEND Travel Assistance Policy (2026). They will travel by minibus with a passenger assistant; the longest route, to Tidewell, will take 40 minutes.")
    heading(doc, "8. Finance and staffing")
    bullets(doc, [
        "Capital: £2.8 million from the High Needs Provision Capital Allocation (Sandpiper £1.9 million, Tidewell £0.9 million).",
        "Revenue: place funding (£10,000 per place) and SEMH top-up from the High Needs Block; Crowhurst's £640,000 lease and running costs are released.",
        "Staffing: Sandpiper +3.0 FTE teachers and +5.0 FTE teaching assistants; Tidewell +2.0 FTE teachers and +3.0 FTE teaching assistants. Crowhurst staff have priority for these posts.",
    ])
    heading(doc, "Appendices")
    bullets(doc, ["Appendix 1: Provider responses", "Appendix 2: Letters from Sandpiper and Tidewell", "Appendix 3: Equality impact assessment"])


# ---------------------------------------------------------------- 46

def doc46(doc):
    heading(doc, "Brindlecombe County Council", 0)
    heading(doc, "Consultation: a new autism base at Harcourt Academy", 1)
    para(doc, "For parents and carers, young people, schools and anyone interested. Consultation runs from 1 February to 15 March 2027.")
    heading(doc, "What are we proposing?", 2)
    para(doc, "We propose to open a 16-place base for students aged 11 to 16 with autism at Harcourt Academy, Tern Road, Brindlecombe, from 1 September 2027. Harcourt is part of the Estuary Schools Trust. At present there are 20 secondary autism base places in the county, all at Kingfisher High in the south; after the change there will be 36.")
    heading(doc, "What difference will it make?", 2)
    bullets(doc, [
        "Students will be taught in Harcourt's mainstream classes for most lessons, with a base teacher supporting them. They will be able to choose from 18 GCSE subjects and join the school's Lego therapy, gaming and film clubs. This meets priority 3 of our Accessibility Strategy 2025-2028.",
        "The base will have a specialist teacher (1.0 FTE), three specialist teaching assistants, and an autism advisory teacher from the county's Communication and Autism Team one day a week. A speech and language therapist will work in the base every Thursday.",
        "The base will be in a refurbished wing with two teaching rooms (48 m² and 36 m²), a low-arousal room and a kitchen area. Work will finish in July 2027 at a cost of £450,000.",
    ])
    heading(doc, "Will anyone have to move school?", 2)
    para(doc, "No. The base is new provision and students will join it through their EHC plans.")
    heading(doc, "Who have we involved?", 2)
    para(doc, "Officers have met the headteacher and trust board of Harcourt Academy and the headteacher of Kingfisher High, and the proposal was discussed at the Secondary Heads' Partnership on 19 January 2027. Harcourt's trust board has agreed to host the base.")
    heading(doc, "Travel", 2)
    para(doc, "Students will get travel assistance under the county's Home to School Transport Policy (SEND) 2025. Most will travel by shared taxi with a passenger assistant, for no more than 40 minutes; students in Year 9 and above will be offered independent travel training.")
    heading(doc, "Money and staff", 2)
    table(doc, [
        ["Item", "Amount", "Source"],
        ["Refurbishment (capital)", "£450,000", "High Needs Provision Capital Allocation"],
        ["Place funding", "£160,000 a year", "High Needs Block"],
        ["Top-up funding", "about £190,000 a year", "High Needs Block"],
    ])
    para(doc, "Staffing: 1.0 FTE specialist teacher, 3.0 FTE specialist teaching assistants, 0.2 FTE speech and language therapist.")
    heading(doc, "Response form", 2)
    para(doc, "Please tell us what you think by 15 March 2027 (online at brindlecombe.example.gov.uk/harcourtbase or post to SEND Sufficiency, County Hall, BR1 1CH).")
    bullets(doc, [
        "I am a: parent/carer; young person; school staff; other.",
        "Do you agree with the proposal? Yes / No / Don't know.",
        "Any comments:",
    ], style="List Number")


# ---------------------------------------------------------------- 47

def doc47(doc):
    heading(doc, "Proposal by the Governing Body of Larchfield School", 0)
    para(doc, "Larchfield School, Quarry Hill, Wetherden WD7 2LQ. A foundation special school for pupils with moderate learning difficulties, maintained by Wetherden Metropolitan Borough Council.")
    para(doc, "Proposal to change the age range from 7-16 to 7-19 by opening a sixth form, from 1st September 2027.", bold=True)
    heading(doc, "1 Why we are making this proposal", 1)
    para(doc, "1.1 Our students now leave at 16. Many are not ready for a large general further education college, and in 2025 and 2026 nine of our leavers were not in education, employment or training by the following December.")
    para(doc, "1.2 The sixth form will have 24 places (12 in Year 12 and 12 in Year 13), taking Larchfield from 140 to 164 places. There is no post-16 provision for students with MLD in a special school in the borough at present.")
    heading(doc, "2 What students will gain", 1)
    para(doc, "2.1 Sixth-form students will follow study programmes leading to Entry Level 3 and Level 1 qualifications in English and maths, the NCFE Level 1 in Retail, and the City & Guilds Level 1 in Horticulture using the school's polytunnels and garden centre shop. Every student will have a supported internship or a work placement for two days a week in Year 13. This meets priority 4 of Wetherden's Accessibility Strategy 2024-2027 (transition to adulthood).")
    para(doc, "2.2 A careers adviser will be in school one day a week, and a job coach (1.0 FTE) will support students on placements. The school's speech and language therapist's time will increase from two to three days a week.")
    para(doc, "2.3 The sixth form will be in the converted former caretaker's house and annexe: two classrooms of 50 m², a life skills kitchen and a common room, ready by 31 July 2027 (cost £520,000).")
    heading(doc, "3 Seeking the views of other providers", 1)
    para(doc, "3.1 On 28 September 2026 the governing body wrote to Wetherden Council, Wetherden College, the two other special schools in the borough and the secondary schools, enclosing the proposal and asking each to give its views in writing by 6 November 2026. Wetherden College wrote in support, proposing joint vocational tasters.")
    heading(doc, "4 Effect on pupils now at the school", 1)
    para(doc, "4.1 None. No pupil will have to leave or change school; current Year 11 students may choose to stay for the sixth form.")
    heading(doc, "5 Travel", 1)
    para(doc, "5.1 Post-16 travel is covered by Wetherden's Post-16 Transport Policy Statement, which includes students with SEND. We will explore with the Council whether the existing school minibus routes can be extended to sixth-form students, and we hope that most will be able to travel independently after travel training.")
    heading(doc, "6 Funding and staffing", 1)
    table(doc, [
        ["", "Amount", "From"],
        ["Conversion of caretaker's house and annexe", "£520,000", "Wetherden Council High Needs Provision Capital Allocation"],
        ["24 post-16 places", "£240,000 a year", "High Needs Block (place funding)"],
        ["Top-up", "£8,500 per student", "High Needs Block"],
    ])
    para(doc, "Staffing: head of sixth form (1.0 FTE), 2.0 FTE teachers, 3.0 FTE teaching assistants, 1.0 FTE job coach, careers adviser 0.2 FTE (commissioned).")
    heading(doc, "7 Representations", 1)
    para(doc, "Any person may comment on or object to this proposal within four weeks of 18 November 2026 by writing to the Clerk to the Governors at the school.")


# ---------------------------------------------------------------- 48

def doc48(doc):
    heading(doc, "TAMSFORD CITY COUNCIL", 0)
    heading(doc, "Statutory proposal: discontinuance of the Hillcrest site of Oakmere School", 1)
    para(doc, "Complete proposal published under the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013, Schedule 2, paragraph 8 (removal of a site). Date of publication: 21 January 2027.")
    heading(doc, "Part 1: Contact details", 2)
    para(doc, "Tamsford City Council, Education Sufficiency, Guildhall, Tamsford TM1 1GH. Contact: Laurence Achebe, Sufficiency Manager.")
    heading(doc, "Part 2: Description of the alteration", 2)
    para(doc, "Oakmere School is a community special school for 90 pupils aged 5 to 16 with behavioural, emotional and social difficulties, on two sites: the main site at Oakmere Road (66 places) and the Hillcrest site at Hill Street (24 places, Key Stage 2). It is proposed that the Hillcrest site closes on 31 August 2027 and that the main site is extended to take 96 pupils, so that the school as a whole has 96 places from 1 November 2027.")
    heading(doc, "Part 3: Objectives and benefits", 2)
    para(doc, "3.1 Hillcrest pupils will have access to the main site's facilities: the science room, the forest school, the swimming pool and the sports hall, with a PE specialist teacher. Key Stage 2 pupils will start the school's Key Stage 3 curriculum, including design and technology and food, without changing site at 11. These meet objective 2 of Tamsford's Accessibility Strategy 2025-2028.")
    para(doc, "3.2 Primary pupils will see the school's educational psychologist (0.6 FTE) and art therapist (two days a week) on the main site; at Hillcrest these visits are monthly. A family support worker (1.0 FTE) will be appointed for the primary department.")
    para(doc, "3.3 A new primary block on the main site: four classrooms of 56 m², a nurture room, a sensory room and a fenced play area, at a cost of £2.2 million, handed over on 29 October 2027.")
    heading(doc, "Part 4: Places", 2)
    table(doc, [
        ["", "Key Stage 2", "Key Stage 3-4", "Total"],
        ["Now: Hillcrest site", "24", "0", "24"],
        ["Now: main site", "0", "66", "66"],
        ["From 1 November 2027: main site", "30", "66", "96"],
    ])
    heading(doc, "Part 5: Arrangements for Hillcrest pupils", 2)
    para(doc, "5.1 Because the primary block will not be handed over until 29 October 2027, the 20 Hillcrest pupils will spend the first half of the autumn term 2027, from Monday 6 September to Friday 22 October 2027, no longer than seven school weeks, at the Beacon Primary Centre, Tamsford's pupil referral unit for primary-age pupils, which is on the same road as the Oakmere main site. They will be taught there by their own Hillcrest teachers and assistants and remain on the roll of Oakmere School throughout.")
    para(doc, "5.2 From Monday 1 November 2027, after half term, all 20 pupils will be taught in the new primary block of Oakmere School, the special school named in their EHC plans.")
    para(doc, "5.3 The management committee of the Beacon Primary Centre (letter of 8 December 2026) and the governing body of Oakmere School (letter of 10 December 2026) have confirmed these arrangements in writing; copies are in Annex C.")
    heading(doc, "Part 6: Consultation", 2)
    para(doc, "6.1 On 2 October 2026 the Council sent a written statement of the proposal to the governing body of Oakmere School, the management committee of the Beacon Primary Centre, all primary headteachers and the other special schools in the city, asking each to set out its views in writing by 13 November 2026. A summary of the 15 replies is in Annex B.")
    heading(doc, "Part 7: Travel", 2)
    para(doc, "7.1 Under the Council's Home to School Travel Policy for Children with SEND (2026), the 16 Hillcrest pupils who now receive transport will travel by minibus with a passenger assistant to the Beacon Primary Centre and then to Oakmere Road. The journey time will not exceed 35 minutes.")
    heading(doc, "Part 8: Funding and staffing", 2)
    bullets(doc, [
        "Capital: £2.2 million from the High Needs Provision Capital Allocation.",
        "Revenue: 6 additional places at £10,000 plus top-up from the High Needs Block; the Hillcrest site costs of £95,000 a year are released.",
        "Staffing: the primary department will have 5.0 FTE teachers (4.0 now), 10.0 FTE teaching assistants (8.0 now) and a 1.0 FTE family support worker.",
    ])
    heading(doc, "Part 9: Objections and comments", 2)
    para(doc, "Within four weeks of 21 January 2027 any person may object to or comment on the proposal by writing to the contact above.")


# ---------------------------------------------------------------- 49

def doc49(doc):
    heading(doc, "Record of Key Decision", 0)
    para(doc, "Norbridge Borough Council", bold=True)
    table(doc, [
        ["Decision taken by", "Cabinet Member for Children's Services, Cllr Dorothy Fenn"],
        ["Date", "14 June 2027"],
        ["Title", "Establishment of a 10-place SEMH resourced provision at Longacre Primary School"],
        ["Reference", "KD-CS-2027-18"],
    ], header=False)
    heading(doc, "Decision", 1)
    para(doc, "To establish, from 1 January 2028, a resourced provision for 10 pupils aged 5 to 11 with social, emotional and mental health needs at Longacre Primary School (community primary), as set out in the statutory proposal of 12 April 2027.")
    heading(doc, "Reasons", 1)
    bullets(doc, [
        "Places: the borough has 8 primary SEMH resourced places now (at Churchgate Primary); the decision takes this to 18.",
        "Curriculum and activities: pupils will be on Longacre's roll and join mainstream lessons and its music, swimming and forest school programmes, with a nurture curriculum in the base; the provision supports outcome 1 of the Norbridge Accessibility Strategy 2026-2029.",
        "Specialist staff: a 1.0 FTE SEMH specialist teacher, two teaching assistants trained in Thrive, and an educational psychologist from the Norbridge EP Service half a day a week.",
        "Accommodation: a refurbished classroom of 60 m² with a calm room and its own outdoor area, completed by 17 December 2027 at a cost of £265,000.",
        "Providers: the Council's letter of 8 February 2027 to Longacre's governing body, all primary headteachers, the SEMH special schools and the Primary Pupil Referral Unit invited written views by 22 March 2027; Longacre's governors and 11 other providers replied in writing (Annex A).",
        "Pupils: new provision; no pupil is displaced.",
        "Transport: under the Council's SEND Home to School Transport Policy (2026), eligible pupils will travel by taxi with a passenger assistant, journeys not exceeding 30 minutes.",
        "Funding: £265,000 capital from the High Needs Provision Capital Allocation; £100,000 a year place funding plus top-up from the High Needs Block.",
        "Staffing: 1.0 FTE teacher, 2.0 FTE teaching assistants, 0.1 FTE educational psychologist.",
    ])
    heading(doc, "Alternatives considered", 1)
    para(doc, "Enlarging Churchgate's provision (site too small); commissioning independent places (cost and distance).")
    heading(doc, "Conflicts of interest", 1)
    para(doc, "None declared.")
    para(doc, "Signed: D. Fenn. Call-in expires 21 June 2027.")


# ---------------------------------------------------------------- 50

def doc50(doc):
    heading(doc, "Harnley District Council", 0)
    heading(doc, "Executive Report: Creating the Harnley Learning Centre", 1)
    para(doc, "Executive, 4 March 2027. Report of the Head of Inclusion. Key decision.")
    heading(doc, "1. Purpose", 2)
    para(doc, "1.1 To approve the closure of Ridgeside School and the creation of the Harnley Learning Centre from 1 September 2027.")
    heading(doc, "2. Background", 2)
    para(doc, "2.1 Ridgeside School is the district's community special school for 40 pupils aged 11 to 16 with social, emotional and mental health needs. The Harnley Pupil Referral Unit serves 30 pupils of the same age who are excluded or at risk of exclusion. The two are on neighbouring sites on Kiln Lane and have shared a head of centre since 2025.")
    para(doc, "2.2 It is proposed to close Ridgeside School on 31 August 2027 and to enlarge the pupil referral unit to 60 places on the combined Kiln Lane site, renamed the Harnley Learning Centre.")
    heading(doc, "3. Benefits", 2)
    bullets(doc, [
        "A broader curriculum for all pupils, combining the strengths of both settings.",
        "Pupils will be supported by the Centre's multi-agency team, including a 1.0 FTE mental health practitioner, a youth worker and a speech and language therapist one day a week.",
        "The combined site will give pupils better facilities.",
        "The Centre will have 60 places from September 2027.",
    ])
    heading(doc, "4. Pupils", 2)
    para(doc, "4.1 All Ridgeside pupils will transfer to the Harnley Learning Centre on 1 September 2027 and will remain there for the rest of their secondary education. We hope to find places in special schools in neighbouring authorities for those pupils whose EHC plans are amended at review to name a special school.")
    heading(doc, "5. Consultation", 2)
    para(doc, "5.1 The proposal was shared with the Ridgeside governing body and the PRU management committee at a joint meeting on 14 January 2027, and with secondary headteachers at their termly meeting.")
    heading(doc, "6. Transport", 2)
    para(doc, "6.1 Ridgeside pupils, whose school is already on Kiln Lane, will keep their present transport under the District's SEND Transport Policy (2025): minibus with a passenger assistant, with no journey longer than 45 minutes.")
    heading(doc, "7. Resources", 2)
    table(doc, [
        ["", "2026/27", "2027/28"],
        ["Ridgeside School budget (High Needs Block)", "£780,000", "£0"],
        ["Harnley PRU / Learning Centre budget (High Needs Block)", "£900,000", "£1,450,000"],
    ])
    para(doc, "7.2 Staffing for the Learning Centre will be set out in a later report once the management committee has agreed a structure.")
    heading(doc, "8. Recommendation", 2)
    para(doc, "8.1 That the Executive approves the closure of Ridgeside School and the enlargement of the pupil referral unit as the Harnley Learning Centre from 1 September 2027.")


DOCUMENTS = {
    "45-cabinet-report-closure-of-crowhurst-school.docx": doc45,
    "46-consultation-new-autism-base-at-harcourt-academy.docx": doc46,
    "47-governing-body-proposal-sixth-form-at-larchfield-school.docx": doc47,
    "48-statutory-proposal-removal-of-hillcrest-site-of-oakmere-school.docx": doc48,
    "49-key-decision-record-semh-provision-at-longacre-primary.docx": doc49,
    "50-executive-report-harnley-learning-centre.docx": doc50,
}


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    for name, build in DOCUMENTS.items():
        doc = new_document()
        build(doc)
        doc.save(out / name)
        print(out / name)


if __name__ == "__main__":
    main()
