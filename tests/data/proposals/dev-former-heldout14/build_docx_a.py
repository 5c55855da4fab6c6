#!/usr/bin/env python3
"""Build the six Word documents of blind corpus heldout14 (documents 01-25, part a).

Usage: build_docx_a.py [OUTPUT_DIR]   (default: this script's folder)
"""
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


class Doc:
    def __init__(self):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(11)

    def title(self, text):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(14)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def h(self, text, level=1):
        self.d.add_heading(text, level=level)

    def p(self, text, bold=False, italic=False):
        para = self.d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        return para

    def num(self, text):
        """An automatically numbered paragraph (Word numbering)."""
        self.d.add_paragraph(text, style="List Number")

    def bullet(self, text):
        self.d.add_paragraph(text, style="List Bullet")

    def table(self, rows, header=True, widths=None):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                run = c.paragraphs[0].add_run(str(cell))
                if header and i == 0:
                    run.bold = True
        self.d.add_paragraph()
        return t

    def save(self, path):
        self.d.save(path)


# --------------------------------------------------------------------------- 03

def doc03(out):
    d = Doc()
    d.title("HARFIELD COUNCIL")
    d.p("CABINET  |  9 DECEMBER 2026", bold=True)
    d.h("Future of Longmoor School and expansion of Greyfriars School: options appraisal and recommendation", 1)
    d.table([
        ["Report of", "Executive Director of Children's Services (Simon Achterberg)"],
        ["Portfolio", "Cllr Denise Harker, Education"],
        ["Key decision", "Yes"],
        ["Appendices", "A: options appraisal scoring; B: consultation summary; C: equality impact assessment"],
    ], header=False)
    d.h("1. Purpose", 2)
    d.p("1.1 To set out the options for Longmoor School, a community special school at Longmoor Road "
        "for 40 pupils aged 11-16 with social, emotional and mental health (SEMH) needs, and to "
        "recommend that the Council publishes a proposal to close it on 31 August 2027 and to "
        "enlarge Greyfriars School (community special, SEMH, age 11-16) from 60 to 110 places from "
        "1 September 2027.")
    d.h("2. Recommendations", 2)
    d.p("2.1 That Cabinet:")
    d.num("approves Option 2 (close Longmoor and enlarge Greyfriars) as the preferred option;")
    d.num("authorises the publication of statutory proposals for the discontinuance of Longmoor School and the enlargement of Greyfriars School;")
    d.num("approves capital expenditure of £8.3 million as set out in section 8.")
    d.h("3. Background", 2)
    d.p("3.1 Longmoor has been in special measures since March 2025. Its buildings are former "
        "prefabricated classrooms with an estimated remaining life of under five years. There are "
        "34 pupils on roll, of whom 12 are in Years 10 and 11.")
    d.p("3.2 Greyfriars was judged Good in 2024 and has had a waiting list since 2023. The Council "
        "also maintains the Beacon, Harfield's pupil referral unit for Key Stage 4, on the Albion "
        "Street site.")
    d.h("4. Options appraisal", 2)
    d.table([
        ["Option", "Description", "Assessment", "Outcome"],
        ["1", "Retain Longmoor, rebuild on its site", "Cost £9.7m for 40 places; leadership remains weak; no improvement in curriculum", "Rejected"],
        ["2", "Close Longmoor; enlarge Greyfriars to 110 places in a new building", "Cost £8.3m; 110 places on one strong school's site; wider curriculum", "Recommended"],
        ["3", "Convert Longmoor to an academy with a sponsor", "No sponsor came forward in 2025-26 brokerage", "Not available"],
    ])
    d.h("5. The recommended option", 2)
    d.p("5.1 Places. SEMH special school places in Harfield for pupils aged 11-16 would go from 100 "
        "(Longmoor 40, Greyfriars 60) to 110 (all at Greyfriars) from September 2027.")
    d.p("5.2 Curriculum and facilities. The enlarged Greyfriars will offer GCSE English, maths, "
        "combined science, art, computer science and PE, and BTEC Level 1/2 awards in construction "
        "and in hospitality; Longmoor currently offers Functional Skills and two GCSEs. The new "
        "building includes a construction workshop, a training kitchen and a science laboratory. "
        "The proposal contributes to priority 2 of the Council's Accessibility Strategy 2025-2028 "
        "(improving the specialist curriculum offer in special schools).")
    d.p("5.3 Specialist staff. Greyfriars employs a full-time counsellor, a speech and language "
        "therapist two days a week and an educational psychologist one day a week; from September "
        "2027 Harfield CAMHS will place a mental health practitioner at Greyfriars three days a "
        "week. Longmoor has none of these on site.")
    d.p("5.4 Accommodation. A new two-storey teaching block at Greyfriars: eight classrooms, the "
        "workshop, kitchen and laboratory, three small-group rooms and two calm rooms; completion "
        "July 2027.")
    d.h("6. Arrangements for pupils at Longmoor", 2)
    d.p("6.1 Pupils in Years 7, 8 and 9 in July 2027 will transfer to Greyfriars in September 2027; "
        "their EHC plans will be amended after annual reviews in the spring term.")
    d.p("6.2 Pupils in Year 10 in July 2027 will move with their Longmoor key staff to the Beacon "
        "for Year 11, where they will complete their GCSE and Functional Skills courses and leave "
        "in summer 2028. Officers consider that a move to a new special school for a single final "
        "year would be more disruptive for this group.")
    d.h("7. Consultation", 2)
    d.p("7.1 The proposal was discussed with the headteachers of Greyfriars and of the secondary "
        "schools at the Secondary Headteachers' Partnership on 24 September 2026 and at meetings "
        "with the governing bodies of Longmoor and Greyfriars in October 2026. Public meetings for "
        "parents were held on 8 and 15 October 2026. Responses are summarised in Appendix B.")
    d.h("8. Financial implications", 2)
    d.p("8.1 Capital: £8.3 million, from the High Needs Provision Capital Allocation 2025-26 and "
        "2026-27 (£6.5 million, received) and Basic Need grant (£1.8 million, received), in the "
        "capital programme approved by Council on 26 February 2026.")
    d.p("8.2 Revenue: Greyfriars at 110 places, £10,000 place funding and SEMH top-up of £15,000 per "
        "pupil, from the High Needs Block; an increase of £0.42 million a year over the present "
        "combined cost of the two schools.")
    d.h("9. Staffing", 2)
    d.p("9.1 Greyfriars will increase from 9.0 to 17.0 FTE teachers and from 14.0 to 26.0 FTE "
        "teaching assistants, with 2.0 FTE additional pastoral leads. Longmoor staff will be "
        "offered redeployment to the new posts.")
    d.h("10. Transport", 2)
    d.p("10.1 Pupils will be transported under the Council's Home to School Transport Policy for "
        "Children and Young People with SEND (2024) by contracted minibus with a passenger "
        "assistant; the Transport Team has modelled all routes to Greyfriars at under 50 minutes.")
    d.h("11. Legal", 2)
    d.p("11.1 The proposals will be published under the Education and Inspections Act 2006 and the "
        "School Organisation regulations of 2013; the Council must have regard to the statutory "
        "guidance, including the SEN Improvement Test.")
    d.save(os.path.join(out, "03-cabinet-report-close-longmoor-school.docx"))


# --------------------------------------------------------------------------- 06

def doc06(out):
    d = Doc()
    d.title("NORTH ASHFORD COUNTY COUNCIL")
    d.p("Report to Cabinet — 16 December 2026", bold=True)
    d.h("Specialist SEMH provision in the Wendbury area: closure of Ferndale School", 1)
    d.p("Report of the Director of Education (Priya Natarajan). Key decision. Ward: Wendbury North.", italic=True)
    d.h("1. Summary", 2)
    d.p("1.1 Ferndale School is a community special school in Wendbury for 42 pupils aged 9-16 with "
        "social, emotional and mental health needs. Following consultation from 1 September to 13 "
        "October 2026 and the statutory representation period (2-30 November 2026), Cabinet is asked "
        "to decide the proposals to close Ferndale on 31 August 2027 and to add SEMH places at "
        "Hartswood School and at Oakfield Academy.")
    d.h("2. Recommendations", 2)
    d.num("Approve the discontinuance of Ferndale School on 31 August 2027.")
    d.num("Approve the enlargement of Hartswood School (community special, SEMH, age 9-16) from 48 to 80 places from 1 September 2027.")
    d.num("Note the agreement of the Vale Learning Partnership to open a 16-place SEMH specialist unit at Oakfield Academy from 1 September 2027.")
    d.h("3. Places", 2)
    d.table([
        ["Provision", "Places now", "Places from September 2027"],
        ["Ferndale School", "42", "—"],
        ["Hartswood School", "48", "80"],
        ["Oakfield Academy SEMH unit", "—", "16"],
        ["Total SEMH places, Wendbury area", "90", "96"],
    ])
    d.h("4. What happens to Ferndale's pupils", 2)
    d.p("4.1 There are 38 pupils on roll. Every pupil has had an early annual review (September-"
        "October 2026) and every family has been offered a named place:")
    d.table([
        ["Group", "Pupils", "Place from September 2027", "Confirmed in writing"],
        ["Years 4-8 (age 9-13)", "21", "Hartswood School", "Governing body, 14 October 2026"],
        ["Years 9-10 who can manage a mainstream campus", "12", "Oakfield Academy SEMH unit", "Vale Learning Partnership CEO, 9 October 2026"],
        ["Years 9-10 (Hartswood's new Key Stage 4 block)", "5", "Hartswood School, from 1 November 2027", "Governing body, 14 October 2026"],
    ])
    d.p("4.2 Hartswood's new Key Stage 4 block is due for handover at the October half-term. For the "
        "five pupils in the last row, the Council has arranged a bridging placement at the Ashdown "
        "Centre, the County's pupil referral unit in Wendbury, from 6 September 2027 until Friday "
        "22 October 2027 (seven school weeks), taught by two Ferndale teachers who are transferring "
        "to Hartswood. The placement will not be extended: if the block is late, the five pupils "
        "will be taught in Hartswood's main building from 1 November 2027. The Ashdown Centre's "
        "management committee has confirmed the arrangement in writing (letter of 20 October "
        "2026). No pupil will be placed in the PRU for longer than this.")
    d.h("5. Educational benefits", 2)
    d.p("5.1 Access to the curriculum and facilities. Hartswood offers the full primary curriculum "
        "and at Key Stage 4 seven GCSEs and the Level 1/2 Certificate in Land-Based Studies on its "
        "own smallholding; Ferndale offers Entry Level and Functional Skills only. Oakfield unit "
        "pupils will be taught in the unit for core subjects and join Oakfield's options in design "
        "technology, music and PE. These benefits support the County's Accessibility Strategy "
        "2025-2028, theme 3 (broadening the curriculum in specialist settings).")
    d.p("5.2 Specialist staff. Hartswood employs a clinical psychologist (1.0 FTE), a speech and "
        "language therapist (0.6 FTE) and two family support workers. The Oakfield unit will have "
        "an SEMH specialist teacher (unit lead) and visits from the County's SEMH outreach team one "
        "day a week. Ferndale's pupils currently see an educational psychologist only at statutory "
        "reviews.")
    d.p("5.3 Accommodation. Hartswood: new Key Stage 4 block of six classrooms (55 m²), a workshop, "
        "a therapy room and two regulation rooms (£4.6 million; handover October 2027). Oakfield: "
        "two classrooms, a kitchen and a quiet room converted from the former learning resource "
        "centre (£340,000; complete August 2027).")
    d.h("6. Transport", 2)
    d.p("6.1 Under the County's Home to School Transport Policy (SEND) 2025, all eligible pupils "
        "will be offered contracted transport with a passenger assistant to Hartswood, Oakfield or "
        "(for the bridging weeks) the Ashdown Centre. The longest modelled journey is 42 minutes.")
    d.h("7. Views of providers", 2)
    d.p("7.1 On 1 September 2026 the County sent a written statement of the proposals to the "
        "governing bodies of Ferndale and Hartswood, the Vale Learning Partnership, the Ashdown "
        "Centre management committee, all other special schools in the county and all secondary "
        "schools in Wendbury, inviting each to set out its views on the new pattern of SEMH "
        "provision in writing. The 11 written responses are in Appendix 2; all supported the "
        "proposals or raised points answered in Appendix 3.")
    d.h("8. Funding", 2)
    d.p("8.1 Capital of £4.94 million: High Needs Provision Capital Allocation 2025-26 (£4.2 million) "
        "and the County's SEND capital programme (£0.74 million), both approved by County Council "
        "on 19 February 2026.")
    d.p("8.2 Revenue from the High Needs Block: Hartswood at 80 places and the Oakfield unit at 16 "
        "places at £10,000 place funding plus the SEMH top-up (£13,800); total £2.28 million a year, "
        "against £2.05 million for Ferndale and Hartswood in 2026-27.")
    d.h("9. Staffing", 2)
    d.p("9.1 Hartswood will grow from 8.0 to 13.0 FTE teachers and from 12.0 to 20.0 FTE teaching "
        "assistants. The Oakfield unit will have 2.0 FTE teachers (including the unit lead) and "
        "3.0 FTE teaching assistants. Ferndale staff have been offered priority interviews.")
    d.save(os.path.join(out, "06-cabinet-report-close-ferndale-school.docx"))


# --------------------------------------------------------------------------- 10

def doc10(out):
    d = Doc()
    d.title("Stanmoor City Council")
    d.h("Executive — 14 January 2027", 1)
    d.h("Ashbury Grange School: proposal to close and to re-provide SEMH places", 1)
    d.p("Report of the Director of Children's Services", italic=True)
    d.h("Purpose of report", 2)
    d.p("1. To seek approval to publish a proposal to close Ashbury Grange School, a community "
        "residential special school for pupils aged 10-16 with social, emotional and mental health "
        "needs, on 31 August 2028, and to approve the re-provision of its places in two new SEMH "
        "special school buildings. The places before and after the change are set out in Annex B.")
    d.h("Recommendations", 2)
    d.p("2. That the Executive:")
    d.bullet("agrees to publish statutory proposals to close Ashbury Grange School and to enlarge Castleton School and Parkside Academy;")
    d.bullet("recommends to Council the capital scheme in paragraph 14.")
    d.h("Background", 2)
    d.p("3. Ashbury Grange's residential provision has been closed since 2024 following a regulatory "
        "inspection, and the 19th-century house and outbuildings are unsuitable for day pupils. The "
        "school is 14 miles from the city. It has 33 pupils on roll.")
    d.h("Pupils on roll at Ashbury Grange", 2)
    d.p("4. Every pupil who will still be of school age in September 2028 has a place, agreed with parents at "
        "annual reviews held in October and November 2026:")
    d.bullet("the 26 pupils now in Years 6-9 will transfer to Castleton School (SEMH special, 10-16) in September 2028;")
    d.bullet("the 7 pupils now in Year 10 will complete Year 11 at Ashbury Grange and leave in July 2028, before the closure date.")
    d.p("5. The governing body of Castleton School has confirmed in writing (Annex C) that it will "
        "admit all 26 pupils and will have the facilities to teach them. Parkside Academy's new "
        "primary places are for new admissions aged 7-11, who would otherwise be placed out of the "
        "city; the board of the Parkside Learning Trust has confirmed its agreement in writing (Annex C). "
        "No Ashbury Grange pupil will be placed in the City's pupil referral unit.")
    d.h("Benefits for pupils", 2)
    d.p("6. Curriculum. Castleton and Parkside offer GCSEs in English, maths, science, history and art, "
        "and vocational courses in motor vehicle maintenance and catering; Ashbury Grange offers "
        "English, maths and an Entry Level science certificate. City pupils will be able to join "
        "after-school clubs and the Duke of Edinburgh's Award, which the distance to Ashbury Grange "
        "has ruled out. The proposal supports the City's Accessibility Strategy 2026-2029 "
        "(outcome 1).")
    d.p("7. Specialist staff. Both receiving schools host the City's SEMH Outreach and Therapy Service "
        "two days a week each (educational psychologist, speech and language therapist and "
        "occupational therapist), and Castleton has a full-time school counsellor.")
    d.p("8. Accommodation. Castleton: a new block of eight classrooms, a science laboratory, a "
        "vocational workshop and two therapy rooms. Parkside: a new primary wing of four classrooms "
        "and a nurture room. Both to be complete by July 2028.")
    d.h("Travel", 2)
    d.p("9. Ashbury Grange pupils now travel up to 70 minutes. Under the City's Travel Assistance "
        "Policy for Children and Young People with SEND (2025), eligible pupils will be offered "
        "contracted minibus transport with a passenger assistant to Castleton or Parkside; both "
        "schools are within the city and no journey is expected to exceed 30 minutes.")
    d.h("Consultation with providers", 2)
    d.p("10. The Council wrote on 21 September 2026 to Castleton, the Parkside Learning Trust, "
        "Ashbury Grange's governing body, the other special schools in the city and the two "
        "neighbouring authorities, asking them to set out their views on the proposed pattern of "
        "SEMH provision in writing. Seven written responses were received (Annex D).")
    d.h("Staffing", 2)
    d.p("11. Castleton will grow by 4.0 FTE teachers and 7.0 FTE teaching assistants, and Parkside by "
        "2.0 FTE teachers and 4.0 FTE teaching assistants. Ashbury Grange staff will be offered the "
        "new posts through the City's redeployment policy.")
    d.h("Financial implications", 2)
    d.p("12. Revenue: the places at Castleton and Parkside are funded from the High Needs Block at "
        "£10,000 plus the SEMH top-up. The closure of Ashbury Grange saves £0.6 million a year in "
        "site and transport costs.")
    d.p("13. Capital: the total capital cost is £11.2 million: £7.9 million from the High Needs "
        "Provision Capital Allocation (received) and £3.3 million of prudential borrowing.")
    d.p("14. The scheme is subject to approval of the 2027-28 capital programme by Full Council on "
        "25 February 2027. If the programme is not approved, the proposal would not be published.")
    d.h("Annex B: SEMH special school places", 2)
    d.table([
        ["School", "Places now", "Places from September 2028"],
        ["Ashbury Grange School", "40", "closed"],
        ["Castleton School", "56", "84"],
        ["Parkside Academy", "42", "60"],
        ["City total", "138", "144"],
    ])
    d.h("Annex C: letters of confirmation", 2)
    d.p("Letter from the Chair of Governors, Castleton School, 2 November 2026; letter from the "
        "Chief Executive, Parkside Learning Trust, 5 November 2026. (Not reproduced.)", italic=True)
    d.save(os.path.join(out, "10-executive-report-close-ashbury-grange.docx"))


# --------------------------------------------------------------------------- 12

def doc12(out):
    d = Doc()
    d.title("CORNBRIDGE COUNTY COUNCIL")
    d.p("EXECUTIVE REPORT — KEY DECISION", bold=True)
    d.h("Penhallow School: new building and increase in places", 1)
    d.table([
        ["Meeting", "Executive, 11 December 2026"],
        ["Report by", "Corporate Director for Children and Families (Ruth Abernethy)"],
        ["Executive Member", "Cllr Tom Whiteley, Children and Education"],
        ["Forward Plan ref.", "EX/2026/088"],
    ], header=False)
    d.h("1. Decision sought", 2)
    d.p("1.1 To approve, as determined after the representation period, the transfer of Penhallow "
        "School (community special school, age 2-19, severe and profound and multiple learning "
        "difficulties) from its site at Church Lane, St Kenna, to a new building at Trewin Fields, "
        "St Kenna (0.8 miles away), and the increase in its places from 64 to 90, both from "
        "1 September 2028.")
    d.h("2. Background", 2)
    d.p("2.1 Penhallow's building dates from 1972. It has no lift to its first floor, a 40 m² hall, "
        "corridors too narrow for two wheelchairs to pass, and only three of its nine classrooms "
        "have ceiling hoists. All 64 places are filled, and in 2026-27 the Council is paying for 19 "
        "children with SLD/PMLD in independent special schools in neighbouring counties.")
    d.h("3. Options appraisal", 2)
    d.table([
        ["Option", "Summary", "Places", "Capital", "Assessment"],
        ["A. Refurbish Church Lane", "Lift, hoists, remodelling", "64", "£3.1m", "Does not address sufficiency or site size. Rejected."],
        ["B. New building at Trewin Fields (recommended)", "Whole school moves to a new 90-place building on council land", "90", "£16.8m", "Meets need to 2032; best value per place."],
        ["C. Close Penhallow and commission places elsewhere", "Pupils placed in other special schools and the independent sector", "0", "nil", "We would hope to find places in neighbouring authorities' schools, but none has confirmed capacity. Rejected."],
    ])
    d.h("4. The recommended option (B)", 2)
    d.p("4.1 The whole school — its pupils, staff, governing body and name — moves to Trewin Fields on "
        "1 September 2028. No pupil will change school or be placed elsewhere. Church Lane will be "
        "declared surplus.")
    d.p("4.2 Places: 64 now; 90 from 1 September 2028 (26 additional places for children and young "
        "people aged 2-19 with SLD or PMLD).")
    d.p("4.3 Access to the curriculum and facilities: a hydrotherapy pool (pupils currently have none), "
        "a rebound therapy room, a sensory studio, a horticulture area with raised beds, and a "
        "post-16 independent-living flat where students will work towards ASDAN Personal Progress and "
        "the Open College Network 'Independent Living' units. The building has been designed to the "
        "Council's Accessibility Strategy 2025-2029 (priority 2: fully accessible special school "
        "estate).")
    d.p("4.4 Specialist staff: a therapy suite of three rooms will allow Cornbridge Community Health "
        "to base a physiotherapist (1.0 FTE), an occupational therapist (0.6 FTE) and a speech and "
        "language therapist (0.8 FTE) at the school, in place of the present weekly visits. The "
        "Sensory Support Service will hold a clinic at the school each fortnight.")
    d.p("4.5 Accommodation: a single-storey 3,600 m² building with twelve classrooms of 72 m², each "
        "with a ceiling hoist and adjoining hygiene room, the pool, the therapy suite, a 180 m² hall "
        "and a drop-off canopy for eight vehicles. Contract let October 2026; completion July 2028.")
    d.h("5. Funding", 2)
    d.p("5.1 Capital £16.8 million: High Needs Provision Capital Allocation 2024-25 to 2026-27 "
        "(£12.4 million, received) and the Council's capital programme (£4.4 million, approved by "
        "Full Council on 22 February 2026). Revenue: 26 additional places at £10,000 plus Band D/E "
        "top-up, about £720,000 a year, from the High Needs Block; the Council expects to save about "
        "£1.1 million a year in independent placement fees.")
    d.h("6. Staffing", 2)
    d.p("6.1 From September 2028 the school will have 13.0 FTE teachers (now 9.0), 44.0 FTE teaching "
        "assistants (now 30.0), 2.0 FTE hydrotherapy and rebound instructors and a 1.0 FTE school "
        "nurse. Ratios: one teacher and three to four assistants per class of seven or eight.")
    d.h("7. Transport", 2)
    d.p("7.1 Under the Council's Home to School Transport Policy for Children and Young People with "
        "SEND (2024), all pupils will continue to travel by contracted minibus or taxi with a "
        "passenger assistant, with wheelchair-accessible vehicles where needed. Routes will be "
        "re-planned to Trewin Fields; the maximum journey is 60 minutes under the policy, and the "
        "longest current route (52 minutes) is not expected to lengthen.")
    d.h("8. Consultation", 2)
    d.p("8.1 On 6 July 2026 the Council wrote to Penhallow's governing body, the governing bodies and "
        "boards of the other five special schools and academies in Cornbridge, the independent "
        "special schools where Cornbridge children are placed and the primary and secondary schools "
        "in St Kenna, setting out the proposal and inviting each to give its views in writing. "
        "Twelve written replies were received (Appendix 1); none opposed the proposal.")
    d.save(os.path.join(out, "12-executive-report-penhallow-new-building.docx"))


# --------------------------------------------------------------------------- 16

def doc16(out):
    d = Doc()
    d.title("FENMOOR COUNTY COUNCIL")
    d.p("Cabinet  ·  17 December 2026  ·  Item 11", bold=True)
    d.h("Closure of Marsh End School", 1)
    d.p("Report of the Director of Children's Services. Key decision. Wards: Marsh End, Holbeck.", italic=True)
    d.h("1. Recommendation", 2)
    d.p("1.1 That Cabinet decides to close Marsh End School (community special school for 36 pupils "
        "aged 11-16 with behavioural, emotional and social difficulties) on 31 August 2027, the "
        "statutory proposal having been published on 28 October 2026 with no objections received.")
    d.h("2. Reasons", 2)
    d.p("2.1 Marsh End has had fewer than 20 pupils for three years (17 in October 2026) and was judged "
        "Inadequate in May 2026. The governing body asked the Council in June 2026 to consider "
        "closure.")
    d.h("3. Provision for displaced pupils", 2)
    d.p("3.1 The County's special schools for pupils with SEMH needs are full. The Council will "
        "therefore expand the Fenmoor Tuition Service (the County's pupil referral unit) at its "
        "Holbeck site by 20 places from September 2027.")
    d.p("3.2 From 1 September 2027 the pupils of Marsh End will attend the Holbeck site of the "
        "Fenmoor Tuition Service until a place becomes available at a special school. Their EHC "
        "plans will be reviewed each term. Parents will be kept informed.")
    d.table([
        ["Provision", "Places now", "Places from September 2027"],
        ["Marsh End School", "36", "0"],
        ["Fenmoor Tuition Service, Holbeck site", "30", "50"],
    ])
    d.h("4. Benefits", 2)
    d.p("4.1 Holbeck pupils follow a curriculum of English, maths, science and ICT to GCSE, with "
        "BTEC Level 1 in sport and in construction taught in the site's workshop; Marsh End offers "
        "Functional Skills only. These support the County's Accessibility Strategy 2024-2028, "
        "priority 4.")
    d.p("4.2 Pupils will have better access to specialist staff and to a wider range of support.")
    d.p("4.3 Two new classrooms and a construction workshop will be created at Holbeck in the former "
        "caretaker's house, at a cost of £420,000, by August 2027.")
    d.h("5. Transport", 2)
    d.p("5.1 Pupils will be offered taxi transport with a passenger assistant to Holbeck under the "
        "County's Home to School Transport Policy for Pupils with SEND (2025); the longest journey "
        "is 35 minutes.")
    d.h("6. Finance and staffing", 2)
    d.p("6.1 Capital £420,000 from the County's Schools Capital Maintenance budget 2026-27 (approved). "
        "Revenue: 20 places at £10,000 plus the County's AP top-up of £12,000, £440,000 a year, from "
        "the High Needs Block, against £1.02 million for Marsh End.")
    d.p("6.2 The Tuition Service will appoint 2.0 FTE teachers and 3.0 FTE teaching assistants for "
        "the additional places (ratio 1:4).")
    d.h("7. Consultation", 2)
    d.p("7.1 On 4 July 2026 the Council wrote to the governing body of Marsh End, the Fenmoor Tuition "
        "Service management committee, all special schools and academies and all secondary schools "
        "in the County, asking each to set out in writing its views on the proposal. Nine responses "
        "were received (Appendix A).")
    d.save(os.path.join(out, "16-cabinet-report-close-marsh-end-school.docx"))


# --------------------------------------------------------------------------- 20

def doc20(out):
    d = Doc()
    d.title("Wexcombe Borough Council")
    d.h("Consultation: new autism resourced provisions at Brindley Academy and Queen's Park School", 1)
    d.p("Consultation period: 23 November 2026 to 15 January 2027", italic=True)
    d.h("Introduction", 2)
    d.p("Wexcombe Borough Council, with the Brindley Learning Trust and the governing body of Queen's "
        "Park School, wants to hear your views on a proposal to open two resourced provisions for "
        "secondary-age pupils with autism, each with 15 places, from September 2027.")
    d.h("What is proposed?", 2)
    d.table([
        ["School", "Type", "Resourced places now", "Resourced places from September 2027"],
        ["Brindley Academy (11-18)", "Academy", "0", "15"],
        ["Queen's Park School (11-16)", "Community", "0", "15"],
    ])
    d.p("Pupils will be on the roll of the school and will spend most of their time in mainstream "
        "lessons, with support and a base to go to when they need it. The places will be for pupils "
        "with an EHC plan whose primary need is autism. This is new provision: no pupil will have "
        "to change school.")
    d.h("Why are we proposing this?", 2)
    d.p("More young people with autism in Wexcombe want to attend a mainstream secondary school close "
        "to home. We believe the resourced provisions will give pupils better access to a broad and "
        "balanced curriculum, more opportunities, and improved facilities, and will help schools to "
        "become more inclusive.")
    d.p("Pupils will benefit from improved access to specialist support and expertise.")
    d.p("Each school will provide a suitable, autism-friendly base.")
    d.h("How will it be funded and staffed?", 2)
    d.p("The places will be funded from the High Needs Block. Each provision will be appropriately "
        "staffed, with a lead teacher and support staff, in line with the Council's resourced "
        "provision guidance.")
    d.h("Getting to school", 2)
    d.p("Pupils are expected to live within the schools' local areas and to travel to school in the "
        "same way as other pupils at each school.")
    d.h("Who have we talked to?", 2)
    d.p("The proposal was developed with the headteachers of the borough's secondary schools at the "
        "Wexcombe Secondary Heads' Forum (meetings of 21 September and 2 November 2026), and with "
        "the borough's two special schools at the SEND Strategic Partnership Board.")
    d.h("Response form", 2)
    d.table([
        ["Question", "Your response"],
        ["1. Do you agree with the proposal to open resourced provisions at Brindley Academy and Queen's Park School? (Yes / No / Don't know)", ""],
        ["2. Please give reasons for your answer.", ""],
        ["3. Are you: a parent/carer; a young person; school staff; a governor; other?", ""],
    ])
    d.p("Please return this form to SEND Strategy, Wexcombe Town Hall, WX1 2AA, or complete it online "
        "at wexcombe.gov.uk/consultations, by 15 January 2027.")
    d.save(os.path.join(out, "20-consultation-asd-resourced-provisions.docx"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for build in (doc03, doc06, doc10, doc12, doc16, doc20):
        build(out)
    print("wrote 6 .docx files to", out)


if __name__ == "__main__":
    main()
