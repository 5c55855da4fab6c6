"""Build the Word documents (04, 08, 13, 17, 22, 25) of blind corpus half a.

Usage: build_docx_a.py [OUTPUT_FOLDER]   (default: this script's folder)
"""
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt


def new_doc():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    return doc


def table(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.text = text
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()
    return t


def bullets(doc, items, style="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=style)


def doc04(out):
    d = new_doc()
    d.add_heading("Kingsmoor Borough Council", 0)
    d.add_paragraph("Cabinet, 18 May 2027")
    d.add_heading("Future of Fernside School: outcome of consultation and proposed closure", 1)
    table(d, [["Report of", "Corporate Director, Children's Services"],
              ["Cabinet portfolio", "Children and Education"],
              ["Key decision", "Yes"],
              ["Appendices", "1 Consultation responses; 2 Provider letters; 3 Equality impact assessment"]], header=False)
    d.add_heading("1. Purpose", 2)
    d.add_paragraph("1.1 To report the outcome of consultation on the future of Fernside School, a community special school for 60 pupils aged 11-16 with behavioural, emotional and social difficulties (BESD), and to recommend its closure on 31 August 2027 and the enlargement of Redmoor School.")
    d.add_heading("2. Recommendations", 2)
    bullets(d, ["2.1 That Fernside School be discontinued on 31 August 2027.",
                "2.2 That Redmoor School (SEMH, 11-16) be enlarged from 80 to 120 places from 1 September 2027.",
                "2.3 That 20 additional places be commissioned at the Beacon Centre (the borough's short stay school) from 1 September 2027."], "Normal")
    d.add_heading("3. Options considered", 2)
    table(d, [["Option", "Summary", "Conclusion"],
              ["A", "Retain Fernside and refurbish (£6.8m)", "Not recommended: site too small; Ofsted concerns"],
              ["B", "Close Fernside; enlarge Redmoor; extra places at the Beacon Centre", "Recommended"],
              ["C", "Close Fernside; commission independent places", "Not recommended: cost and distance"]])
    d.add_heading("4. Benefits of Option B", 2)
    d.add_paragraph("4.1 Curriculum and facilities. Redmoor offers GCSEs in eight subjects and BTEC Level 1-2 in sport, construction and hair and beauty, with a climbing wall, a fitness suite and an on-site farm used by every pupil weekly. Fernside's curriculum is limited to English, maths and PE. The enlarged school will be fully accessible, in line with the Kingsmoor Accessibility Strategy 2025-2028, objective 4.")
    d.add_paragraph("4.2 Specialist staff. Redmoor has a clinical psychologist (0.8 FTE), an occupational therapist (0.4 FTE) and a speech and language therapist two days a week; the Beacon Centre has a CAMHS worker one day a week.")
    d.add_paragraph("4.3 Accommodation. A new block at Redmoor of eight classrooms (each 54 m²), a vocational workshop and two therapy rooms, costing £5.1m, ready August 2027.")
    d.add_paragraph("4.4 Places. The proposal maintains provision for secondary pupils with SEMH needs in the borough:")
    table(d, [["Provision", "Now", "From Sept 2027"],
              ["Fernside School", "60", "0"],
              ["Redmoor School", "80", "120"],
              ["Beacon Centre (additional places)", "0", "20"],
              ["Total", "140", "140"]])
    d.add_heading("5. Pupils at Fernside", 2)
    d.add_paragraph("5.1 Of the 52 pupils expected on roll in September 2027, the 34 in Years 7 to 9 will transfer to Redmoor School. The 18 pupils in Years 10 and 11 will move to the Beacon Centre for the rest of their secondary education, so that their GCSE courses are not disrupted by a second move.")
    d.add_paragraph("5.2 Officers have discussed these arrangements with the headteachers of Redmoor and the Beacon Centre, who agree with them.")
    d.add_heading("6. Consultation", 2)
    d.add_paragraph("6.1 On 11 January 2027 a written statement of the proposal was sent to the governing bodies of Fernside and Redmoor, the management committee of the Beacon Centre and the borough's secondary schools, inviting them to set out their views in writing. Their responses are at Appendix 2.")
    d.add_heading("7. Transport", 2)
    d.add_paragraph("7.1 Eligible pupils will travel under the Council's SEND Home to School Transport Policy 2026 by minibus with a passenger assistant; no journey will exceed 45 minutes.")
    d.add_heading("8. Financial and staffing implications", 2)
    d.add_paragraph("8.1 Capital of £5.1m from the High Needs Provision Capital Allocation. Revenue at £23,000 per place at Redmoor and £18,000 per place at the Beacon Centre from the High Needs Block.")
    d.add_paragraph("8.2 Redmoor will add 6.0 FTE teachers and 10.0 FTE teaching assistants; the Beacon Centre 2.0 FTE teachers and 3.0 FTE learning mentors.")
    d.save(out / "04-cabinet-report-close-fernside-besd-kingsmoor.docx")


def doc08(out):
    d = new_doc()
    d.add_heading("Northfleet Learning Trust", 0)
    d.add_paragraph("Proposal to establish SEMH resourced provision at Calder Bridge Academy")
    d.add_paragraph("A significant change proposal by the academy trust, submitted to the Department for Education's regional director with the support of Calderbridge Council. Published for consultation: 2 November 2026.")
    d.add_heading("Section 1: Description of the change", 1)
    d.add_paragraph("Northfleet Learning Trust proposes to open a resourced provision for 24 pupils aged 11-16 with social, emotional and mental health (SEMH) needs and EHC plans at Calder Bridge Academy, a mainstream secondary academy in the trust, from 1 September 2027. Pupils would be on the academy's roll, taught partly in the resourced provision (called 'The Harbour') and partly in mainstream lessons.")
    d.add_heading("Section 2: Rationale", 1)
    d.add_paragraph("Calderbridge has 47 secondary pupils with SEMH EHC plans in mainstream schools whose placements are at risk; there is no resourced SEMH provision in any secondary school in the borough.")
    d.add_heading("Section 3: Benefits to pupils", 1)
    d.add_heading("3.1 Access to the curriculum and the life of the school", 2)
    bullets(d, ["A full GCSE curriculum in mainstream classes, with small-group teaching in The Harbour for English, maths and PSHE",
                "Access to the academy's science laboratories, design and technology workshops and sports centre",
                "A weekly enrichment programme (boxing fitness, music production, Duke of Edinburgh's Award)",
                "Consistent with Calderbridge Council's Accessibility Strategy 2024-2027, outcome 2: 'more pupils with SEN access a full mainstream curriculum'"])
    d.add_heading("3.2 Specialist staff", 2)
    bullets(d, ["A lead teacher for SEMH (1.0 FTE) and two specialist teaching assistants (2.0 FTE)",
                "A trust-employed counsellor (0.6 FTE) and an educational psychologist one day a fortnight",
                "A CAMHS school link practitioner on site one day a week"])
    d.add_heading("3.3 Accommodation", 2)
    d.add_paragraph("The former sixth-form block (180 m²) will be refurbished to provide two teaching rooms, a regulation room, a kitchen for life-skills teaching and an office, at a cost of £390,000, completed by July 2027.")
    d.add_heading("3.4 Places", 2)
    d.add_paragraph("24 new places for secondary pupils with SEMH needs (12 in September 2027, rising to 24 in September 2028).")
    d.add_heading("Section 4: Impact on other pupils and providers", 1)
    d.add_paragraph("No pupil will be displaced: this is additional provision. On 12 October 2026 the trust wrote to Calderbridge Council, the governing bodies of the borough's two SEMH special schools and the headteachers of all secondary schools in Calderbridge, enclosing the proposal and asking for their written views. The Council and both special schools have written in support.")
    d.add_heading("Section 5: Travel", 1)
    d.add_paragraph("Calderbridge Council has confirmed that pupils will be assessed under its SEND Home to School Travel Policy (2026); eligible pupils will travel by taxi or minibus with a passenger assistant, with journeys of no more than 40 minutes, and will be offered independent travel training in Year 10.")
    d.add_heading("Section 6: Funding and staffing", 1)
    table(d, [["Item", "Amount", "Source"],
              ["Refurbishment", "£390,000", "Calderbridge Council High Needs Provision Capital Allocation"],
              ["Place funding", "£6,000 per place (£144,000 a year)", "High Needs Block"],
              ["Top-up", "£9,000 per pupil (band D)", "High Needs Block"],
              ["Staffing", "Lead teacher 1.0 FTE; specialist TAs 2.0 FTE; counsellor 0.6 FTE", "Funded from the above"]])
    d.add_paragraph("Signed: Dr Ruth Eastwood, Chief Executive Officer, Northfleet Learning Trust")
    d.save(out / "08-trust-proposal-semh-resourced-provision-calder-bridge.docx")


def doc13(out):
    d = new_doc()
    d.add_heading("Lyndhurst Vale Council", 0)
    d.add_heading("Consultation: changing the designation of Willowmead School", 1)
    d.add_paragraph("Consultation from 4 January to 12 February 2027")
    d.add_heading("Summary", 2)
    d.add_paragraph("We propose that Willowmead School, a community special school currently designated for pupils aged 5-16 with moderate learning difficulties (MLD), should from 1 September 2027 be designated for pupils with MLD and for pupils with autism, and should grow to 120 places.")
    d.add_heading("Why are we proposing this?", 2)
    d.add_paragraph("The number of children with autism needing a special school place in Lyndhurst Vale has doubled since 2021, and the county's only autism school is full.")
    d.add_heading("How would pupils benefit?", 2)
    d.add_paragraph("Learning. Willowmead would offer a specialist autism pathway alongside its existing curriculum, with TEACCH-structured classrooms, social skills and life-skills programmes, Entry Level and GCSE courses and access to the school's new sensory and outdoor learning areas.", style="List Number")
    d.add_paragraph("Specialist staff. An autism lead teacher (1.0 FTE), a speech and language therapist three days a week and an occupational therapist one day a week would join the school; staff would be trained in the SCERTS framework.", style="List Number")
    d.add_paragraph("Accommodation. A new single-storey building with six classrooms of 52 m², each with a low-stimulus breakout room, a sensory room and an enclosed garden, costing £3.4 million, would be ready for September 2027.", style="List Number")
    d.add_paragraph("Places. The school would have the following places from September 2027:", style="List Number")
    table(d, [["Designation", "Places now", "Places from Sept 2027"],
              ["MLD", "90", "72"],
              ["Autism", "0", "40"],
              ["Total", "90", "112"]])
    d.add_heading("Will any pupil have to leave?", 2)
    d.add_paragraph("No. Every pupil now at Willowmead keeps their place; the MLD places fall only as pupils leave at the end of Year 11.")
    d.add_heading("Views of other schools", 2)
    d.add_paragraph("In November 2026 we wrote to the governing bodies of Willowmead, the county's autism school (Ashcombe School) and all special schools in Lyndhurst Vale with the proposal, asking them to tell us their views in writing. Willowmead's governors and Ashcombe's governors have replied supporting the change.")
    d.add_heading("Transport", 2)
    d.add_paragraph("Pupils would be assessed under the Council's SEN and Disability Travel Assistance Policy 2026. Eligible pupils would be carried in vehicles of no more than eight pupils with a passenger assistant, and we would keep journeys under 45 minutes.")
    d.add_heading("Funding and staffing", 2)
    d.add_paragraph("The £3.4 million building would be paid for from the High Needs Provision Capital Allocation. Each place would be funded at £10,000 plus top-up from the High Needs Block. The school would add 4.0 FTE teachers and 8.0 FTE teaching assistants, as well as the therapy posts above.")
    d.add_heading("Response form", 2)
    table(d, [["Question", "Answer"],
              ["Do you agree with the proposed change of designation? (Yes/No/Unsure)", ""],
              ["What are your reasons?", ""],
              ["Your connection with Willowmead School", ""]])
    d.save(out / "13-consultation-change-designation-willowmead-lyndhurst-vale.docx")


def doc17(out):
    d = new_doc()
    d.add_heading("CALDMOOR BOROUGH COUNCIL", 0)
    d.add_paragraph("Report to Cabinet, 7 July 2027")
    d.add_heading("Ridgeway School: closure and reprovision of places for pupils with SEMH needs", 1)
    d.add_heading("1 Recommendations", 2)
    d.add_paragraph("1.1 Cabinet is recommended to:")
    bullets(d, ["approve the discontinuance of Ridgeway School (community special school, BESD, ages 11-16, 40 places) on 31 August 2027;",
                "approve the establishment of Kingfisher School, a new 56-place special school for secondary pupils with SEMH needs on the Harrow Lane site, opening on 1 September 2028."])
    d.add_heading("2 Background", 2)
    d.add_paragraph("2.1 A structural survey in March 2027 found that Ridgeway's main building cannot safely be occupied beyond the summer term 2027. The Council had already planned a new SEMH school on the Harrow Lane site; it cannot be built before August 2028.")
    d.add_heading("3 Benefits of the new school", 2)
    d.add_paragraph("3.1 Curriculum and facilities: Kingfisher will offer GCSEs in seven subjects including triple science, Level 1-2 vocational courses in construction, catering and land-based studies, a sports hall and an all-weather pitch. It contributes to outcome 1 of the Caldmoor Accessibility Strategy 2026-2029 (fully accessible specialist provision).")
    d.add_paragraph("3.2 Specialist staff: a clinical psychologist (1.0 FTE), a speech and language therapist (0.6 FTE), a family support worker (1.0 FTE) and a CAMHS practitioner two days a week will be based at the school.")
    d.add_paragraph("3.3 Accommodation: a 3,100 m² building with twelve classrooms of 55 m², workshops, a training kitchen, a sports hall, four regulation rooms and a therapy suite, cost £14.2 million, completed July 2028.")
    d.add_paragraph("3.4 Places: SEMH special school places in the borough rise from 40 at Ridgeway to 56 at Kingfisher in September 2028.")
    d.add_heading("4 Arrangements for Ridgeway pupils", 2)
    table(d, [["Pupils", "Number", "Arrangement from September 2027"],
              ["Year 11 (2026-27)", "9", "Leave in July 2027"],
              ["Years 7-8 (2027-28)", "12", "Places at Hilltop School (SEMH special school), confirmed by its governing body in writing on 2 June 2027"],
              ["Years 9-11 (2027-28)", "19", "The Learning Centre until a place becomes available at Kingfisher School"]])
    d.add_paragraph("4.1 The Learning Centre, Station Road, is the Council's pupil referral unit. Its management committee has agreed in writing to take the 19 pupils from September 2027.")
    d.add_heading("5 Consultation with providers", 2)
    d.add_paragraph("5.1 On 14 April 2027 the Council wrote to the governing bodies of Ridgeway and Hilltop, the Learning Centre's management committee and the Harrow Lane Trust (the proposed trust for Kingfisher) inviting written views. All responded; their letters are attached as Appendix B.")
    d.add_heading("6 Transport", 2)
    d.add_paragraph("6.1 Under the Council's SEND Travel Assistance Policy (2025), eligible pupils will travel by minibus with a passenger assistant to Hilltop, the Learning Centre and later Kingfisher; no journey will exceed 45 minutes.")
    d.add_heading("7 Resources", 2)
    d.add_paragraph("7.1 Capital: £14.2 million from the High Needs Provision Capital Allocation (£9.0 million) and the Council's capital programme (£5.2 million). Revenue: £22,000 per place at Kingfisher from the High Needs Block; Learning Centre places at £17,500 per place in 2027-28.")
    d.add_paragraph("7.2 Kingfisher staffing at 56 places: headteacher, deputy, 9.0 FTE teachers, 16.0 FTE teaching assistants and learning mentors, and the posts in 3.2. Ridgeway staff will be offered posts at the Learning Centre for 2027-28 and priority for Kingfisher posts.")
    d.save(out / "17-cabinet-report-close-ridgeway-besd-caldmoor.docx")


def doc22(out):
    d = new_doc()
    d.add_heading("Pellingham Council", 0)
    d.add_heading("Statutory proposal to establish a new community special school: Orchard Rise School", 1)
    d.add_paragraph("Published 1 February 2027 under section 11 of the Education and Inspections Act 2006 (with the consent of the Secretary of State) and Schedule 1 of the School Organisation (Establishment and Discontinuance of Schools) Regulations 2013.")
    sections = [
        ("1. Contact details", ["Pellingham Council, Education Department, The Guildhall, Pellingham PL7 1GH. Contact: Nadia Farouk, Head of School Place Planning."]),
        ("2. Description of the school", ["Orchard Rise School would be a community special school for 64 pupils aged 7-16 with social, emotional and mental health (SEMH) needs, on the former Orchard Road depot site, Pellingham, opening on 1 September 2028."]),
        ("3. Reasons for the proposal", ["Pellingham has no SEMH special school. In January 2027, 58 Pellingham pupils with EHC plans naming SEMH special provision were placed in independent or out-of-county schools, with an average journey of 68 minutes."]),
        ("4. Educational benefits", [
            "4.1 Pupils would be taught locally a curriculum leading to GCSEs in six subjects (English, maths, combined science, art, computing, PE), with AQA Unit Awards and Level 1 vocational courses in construction and hospitality, outdoor education at the school's forest site and a weekly sports programme at Pellingham Leisure Centre. The school would meet the accessibility standard in the Council's Accessibility Strategy 2026-2029 (section 2.1) with level access, a lift and accessible toilets on each floor.",
            "4.2 The school would employ a clinical psychologist (1.0 FTE) and a speech and language therapist (0.6 FTE), with an occupational therapist one day a week and an educational psychologist one day a week from the Council's services.",
            "4.3 The new building (2,800 m²) would have ten classrooms of 55 m², a science laboratory, an art room, a construction workshop, a teaching kitchen, a sports hall, three regulation rooms and a therapy suite. Cost £12.6 million, to be completed by July 2028.",
            "4.4 Places: 64 new SEMH special school places (32 in September 2028, 64 by September 2029), where Pellingham has none now."]),
        ("5. Displaced pupils", ["None. This is new provision; pupils would be admitted through their EHC plans, and pupils now in independent schools would move only at their annual review and by parental choice."]),
        ("6. Consultation with providers", ["On 21 October 2026 the Council sent a written statement of the proposal to the governing bodies of Pellingham's two other special schools, to the Pellingham Secondary Heads' Association, to the management committee of Pellingham's pupil referral unit and to the Pellingham and District NHS Trust, inviting their written views. Their replies are attached (Annex 2)."]),
        ("7. Transport", ["Under the Council's Home to School Travel Assistance Policy for Children and Young People with SEND (2026), eligible pupils would be carried in minibuses with passenger assistants; the longest journey within the borough would be 35 minutes."]),
        ("8. Funding", ["Capital: £12.6 million from the High Needs Provision Capital Allocation (£10.0 million) and Pellingham's capital programme (£2.6 million), both confirmed. Revenue: £10,000 per place plus top-up from the High Needs Block (£1.6 million a year at 64 places), offset by reduced independent placement costs."]),
        ("9. Staffing", ["Headteacher, deputy headteacher, 10.0 FTE teachers, 18.0 FTE teaching assistants and learning mentors, and the therapy posts in 4.2, recruited from January 2028."]),
        ("10. Objections and comments", ["Within four weeks of publication, to the contact in section 1."]),
    ]
    for heading, paras in sections:
        d.add_heading(heading, 2)
        for p in paras:
            d.add_paragraph(p)
    d.save(out / "22-statutory-proposal-new-semh-school-pellingham.docx")


def doc25(out):
    d = new_doc()
    d.add_heading("Ellerby Council — Executive Decision Notice", 1)
    table(d, [["Decision number", "EDN/CS/27/118"],
              ["Decision maker", "Cllr Tom Baxendale, Executive Member for Education"],
              ["Date", "14 September 2027"],
              ["Subject", "Discontinuance of Gorsey Bank School"]], header=False)
    d.add_heading("Decision", 2)
    d.add_paragraph("To approve the discontinuance of Gorsey Bank School, a community special school for 24 pupils aged 11-16 with social, emotional and mental health needs (formerly designated BESD), on 31 December 2027.")
    d.add_heading("Reasons", 2)
    d.add_paragraph("The school has had falling rolls (14 pupils in September 2027) and a deficit budget for three years. Its pupils will be better served in larger schools with a wider curriculum, better facilities, more suitable accommodation and more specialist support.")
    d.add_paragraph("Ellerby's SEMH special school places will rise from 94 to 100, because Cragside School will be enlarged from 70 to 100 places from January 2028 while Gorsey Bank's 24 places close.")
    d.add_heading("Pupils", 2)
    d.add_paragraph("All 14 pupils will transfer to Cragside School on 4 January 2028. Cragside's governing body confirmed in writing on 1 September 2027 that it will admit them and has the facilities to teach the full curriculum. No pupil will be placed in a pupil referral unit.")
    d.add_heading("Transport", 2)
    d.add_paragraph("Eligible pupils will travel to Cragside under the Council's SEND Travel Assistance Policy (2026) by contracted taxi with a passenger assistant, with journeys of no more than 40 minutes.")
    d.add_heading("Funding and staffing", 2)
    d.add_paragraph("Cragside's additional places will be funded from the High Needs Block at £10,000 per place plus top-up. Staffing for the additional places will be determined by Cragside's governing body in due course.")
    d.add_heading("Consultation", 2)
    d.add_paragraph("A public consultation ran from 2 May to 13 June 2027; 19 responses were received (background paper).")
    d.add_heading("Alternatives considered", 2)
    d.add_paragraph("Federation of Gorsey Bank with Cragside was considered and rejected because it would not resolve the deficit.")
    d.add_paragraph("Signed: T. Baxendale")
    d.save(out / "25-executive-decision-close-gorsey-bank-semh-ellerby.docx")


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    for build in (doc04, doc08, doc13, doc17, doc22, doc25):
        build(out)


if __name__ == "__main__":
    main()
