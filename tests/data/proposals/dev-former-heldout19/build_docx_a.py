"""Build part a's six Word documents (07, 10, 16, 20, 22, 25) into the folder given."""
import sys
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")


def doc_start(title, sub=None):
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(title, 0)
    if sub:
        for line in sub:
            d.add_paragraph(line)
    return d


def numbered(d, items):
    for t in items:
        d.add_paragraph(t, style="List Number")


def numpara(d, n, text):
    d.add_paragraph(f"{n}\t{text}")


def table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = str(c)
            if i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph()
    return t


def bullets(d, items):
    for t in items:
        d.add_paragraph(t, style="List Bullet")


# ---------------------------------------------------------------- 07
def d07():
    d = doc_start("Brightwater Learning Trust: Significant Change Business Case",
                  ["Academy: Meadowview Academy, Saxby Road, Colnebridge",
                   "Proposed change: establish a 20-place resource provision for pupils with social, emotional and mental health needs",
                   "Submitted to: Regional Director, Department for Education; Colnebridge County Council",
                   "Date: 14 June 2027"])
    d.add_heading("Section A: Summary of the change", 1)
    numpara(d, "A1", "Meadowview Academy (11-16, 1,150 places) proposes to open a resource provision for 20 pupils with SEMH needs, known as the Harbourside Base, from 1 September 2028. Pupils will be on the academy's roll and spend most of their week in mainstream lessons.")
    numpara(d, "A2", "The change is commissioned by Colnebridge County Council under its SEND Sufficiency Plan 2026-2030, which identifies a shortfall of 46 secondary SEMH places in the south of the county.")
    d.add_heading("Section B: Educational case", 1)
    numpara(d, "B1", "Pupils will follow the full Meadowview curriculum, including GCSEs in English, maths, science and a humanity, with a personalised timetable, a nurture group each morning and access to the academy's sports centre, music studios and Duke of Edinburgh's Award programme. The provision contributes to objective 2 of Colnebridge's Accessibility Strategy 2025-2028.")
    numpara(d, "B2", "Specialist staffing: a base leader who is a qualified teacher with SEMH experience (1.0 FTE), a learning mentor (1.0 FTE), an educational psychologist from the County's service for one day a fortnight, and a Mental Health Support Team practitioner on site two days a week.")
    numpara(d, "B3", "Accommodation: the academy's former sixth form block (210 m²) will be remodelled into two teaching rooms, a calm room, an interview room and a kitchen area at a cost of £640,000, complete by July 2028.")
    d.add_heading("Section C: Places", 1)
    table(d, [["Secondary SEMH provision (south Colnebridge)", "Now", "From September 2028"],
              ["Meadowview Academy Harbourside Base", "0", "20"],
              ["Ridgefield SEMH Special School", "72", "72"],
              ["Total", "72", "92"]])
    d.add_heading("Section D: Impact on existing pupils", 1)
    numpara(d, "D1", "The change creates new places only. All current pupils will remain at Meadowview, and no pupil at any other school will need to move.")
    d.add_heading("Section E: Consultation", 1)
    numpara(d, "E1", "On 26 April 2027 the Trust and the Council sent a written statement of the proposal to all secondary, special and alternative providers in south Colnebridge, inviting written views by 7 June 2027. Nine written responses were received; eight were supportive (Annex 2).")
    numpara(d, "E2", "Parents and pupils were consulted through two open evenings and an online survey (112 responses).")
    d.add_heading("Section F: Transport", 1)
    numpara(d, "F1", "Pupils eligible under Colnebridge County Council's Home to School Transport Policy for Children and Young People with SEND (2026) will travel by taxi or minibus with a passenger assistant where needed. Journeys will not exceed 45 minutes.")
    d.add_heading("Section G: Finance and staffing", 1)
    table(d, [["Item", "Amount", "Source"],
              ["Capital works", "£640,000", "Colnebridge High Needs Provision Capital Allocation"],
              ["Place funding (20 x £10,000)", "£200,000 a year", "High Needs Block (via ESFA)"],
              ["Top-up (20 x £8,500)", "£170,000 a year", "Colnebridge High Needs Block"]])
    numpara(d, "G1", "Staffing: base leader 1.0 FTE, teacher 1.0 FTE, learning mentor 1.0 FTE and teaching assistants 2.0 FTE, appointed from April 2028.")
    d.add_heading("Section H: Trust board approval", 1)
    numpara(d, "H1", "The Trust board approved this business case at its meeting on 9 June 2027 (minute 22/27).")
    d.save(OUT / "07-trust-business-case-semh-base-meadowview.docx")


# ---------------------------------------------------------------- 10
def d10():
    d = doc_start("Officer Key Decision Record",
                  ["Oakhampton Borough Council", "Decision reference: ODR/CS/2027/088",
                   "Decision taker: Director of Children's Services (under delegated authority, Cabinet minute 54, 12 January 2027)",
                   "Date: 26 July 2027"])
    d.add_heading("Subject", 1)
    d.add_paragraph("Discontinuance of the speech, language and communication unit at St Aldric's CE Primary School and enlargement of the SLCN base at Harton Primary School, from 1 September 2028.")
    d.add_heading("Decision", 1)
    numbered(d, ["To discontinue the 8-place SLCN unit at St Aldric's CE Primary School on 31 August 2028.",
                 "To enlarge the SLCN base at Harton Primary School from 10 to 20 places from 1 September 2028."])
    d.add_heading("Reasons", 1)
    numbered(d, [
        "The Diocese of Ashbury and the governing body of St Aldric's have asked for the unit's room to be returned to the school for its Reception intake.",
        "The eight pupils at the unit will transfer to Harton Primary's base on 1 September 2028. Harton's governing body confirmed in writing on 4 July 2027 that it will admit all eight and has the facilities to meet their needs. Each pupil's EHC plan will be amended to name Harton before 15 February 2028.",
        "At Harton, pupils will be taught in a group of ten for literacy and language, join mainstream classes for other subjects, and use the Colourful Semantics and Shape Coding programmes and a communication-friendly library, supporting the Oakhampton Accessibility Strategy 2026-2029 priority 1.",
        "A speech and language therapist will be on site three days a week (now two at St Aldric's) and the specialist teacher for SLCN will be full time (1.0 FTE).",
        "Two new classrooms of 55 m² and a small-group room will be added to the Harton base at a cost of £480,000, complete by July 2028.",
        "SLCN primary base places in the borough rise from 18 to 20.",
        "A written statement of the proposals was sent on 3 March 2027 to the Diocese, both governing bodies and every primary school in the borough, inviting written views; the 14 responses are in the background papers.",
        "Eligible pupils will travel under the Oakhampton SEND Home to School Transport Policy (2026) by shared taxi with a passenger assistant; journeys to Harton will not exceed 35 minutes.",
        "Capital of £480,000 from the High Needs Provision Capital Allocation; place funding rises by £20,000 a year and top-up moves with the pupils, from the High Needs Block. Harton will employ 1.0 FTE specialist teacher and 3.0 FTE teaching assistants; St Aldric's unit staff are offered these posts.",
    ])
    d.add_heading("Alternatives considered", 1)
    d.add_paragraph("Keeping the unit at St Aldric's in a temporary classroom was rejected as the site has no room for one.")
    d.add_heading("Declarations", 1)
    table(d, [["Conflict of interest", "None"], ["Consultation with Cabinet Member", "Cllr S. Rahman, 20 July 2027"],
              ["Signed", "D. Fairbrother, Director of Children's Services"]])
    d.save(OUT / "10-officer-decision-record-close-st-aldrics-slcn-unit.docx")


# ---------------------------------------------------------------- 16
def d16():
    d = doc_start("Report to Cabinet: Future of Wrenfield School",
                  ["Hallamshire Valley Council", "Cabinet, 7 December 2027", "Report of the Executive Director of Children's Services",
                   "Key decision: yes. Forward plan reference FP/27/112."])
    d.add_heading("1. Purpose", 1)
    numbered(d, ["To report the outcome of consultation on the future of Wrenfield School and recommend that statutory proposals be published to close it on 31 August 2028 and to enlarge Beckside School and Millrace Academy."])
    d.add_heading("2. Background", 1)
    numbered(d, [
        "Wrenfield School is a maintained special school for 56 pupils aged 5-16 with social, emotional and mental health needs, on two ageing buildings in Eastmoor. A condition survey in 2026 estimated £7.5 million of works.",
        "Beckside School (SEMH, 5-11) has 40 places; Millrace Academy (SEMH, 11-16, Calder Ridge Trust) has 70 places. Both are good schools with room to grow on their sites.",
    ])
    d.add_heading("3. Options appraisal", 1)
    table(d, [["Option", "Description", "Outcome"],
              ["1", "Do nothing: Wrenfield remains on its site", "Rejected: buildings not fit for purpose"],
              ["2", "Close Wrenfield; secondary pupils displaced to the Eastmoor Pupil Referral Unit until places found", "Rejected: a PRU is not suitable for pupils who need a special school place"],
              ["3", "Close Wrenfield; enlarge Beckside and Millrace; every pupil a named special school place", "Recommended"]])
    d.add_heading("4. The recommended option", 1)
    numbered(d, [
        "Beckside School would be enlarged from 40 to 60 places and Millrace Academy from 70 to 112 places from 1 September 2028.",
        "The 18 primary-aged pupils would transfer to Beckside and the 38 secondary-aged pupils to Millrace. Beckside's governing body (letter of 3 November 2027) and the Calder Ridge Trust (letter of 6 November 2027) have confirmed in writing that they will admit the pupils and can provide a suitable curriculum.",
        "Every Wrenfield pupil will have a special school place named in their EHC plan. No pupil will be placed in the Pupil Referral Unit or other alternative provision.",
    ])
    d.add_heading("5. The SEN Improvement Test", 1)
    numbered(d, [
        "Access to education: secondary pupils will have GCSE science, D&T and PE, an outdoor education centre and a motor vehicle workshop at Millrace; primary pupils a forest school and a sensory room at Beckside. This delivers objective 3 of the Hallamshire Valley Accessibility Strategy 2026-2029.",
        "Specialist staff: an educational psychologist (0.6 FTE) shared between the schools, a speech and language therapist three days a week at each school, and a CAMHS practitioner (1.0 FTE) at Millrace.",
        "Accommodation: a 1,050 m² block at Millrace (nine classrooms, a science lab, a workshop) costing £5.6 million, and a 320 m² extension at Beckside (three classrooms, a sensory room) costing £1.5 million, both ready by July 2028.",
    ])
    table(d, [["SEMH special school places", "Now", "September 2028"],
              ["Wrenfield", "56", "0"], ["Beckside", "40", "60"], ["Millrace", "70", "112"], ["Total", "166", "172"]])
    d.add_heading("6. Consultation", 1)
    numbered(d, ["On 18 September 2027 the Council sent a written statement to the governing bodies and trusts of every school in the borough, the PRU management committee and neighbouring authorities, inviting their views in writing. 21 replies are summarised at Appendix B.",
                 "Consultation with parents included six meetings and 146 responses (Appendix A)."])
    d.add_heading("7. Transport", 1)
    numbered(d, ["Eligible pupils will travel under the Hallamshire Valley SEND Travel Assistance Policy (2026) by minibus with a passenger assistant; no journey will exceed 50 minutes. Routes will be planned with families by July 2028."])
    d.add_heading("8. Financial implications", 1)
    table(d, [["Item", "Amount", "Source"],
              ["Millrace block", "£5.6m", "High Needs Provision Capital Allocation"],
              ["Beckside extension", "£1.5m", "Council capital programme (approved February 2027)"],
              ["Revenue (place and top-up)", "£2.7m a year", "High Needs Block (Wrenfield's £2.5m transfers)"]])
    d.add_heading("9. Staffing implications", 1)
    numbered(d, ["Beckside will appoint 2.0 FTE teachers and 4.0 FTE teaching assistants; Millrace 5.0 FTE teachers and 9.0 FTE teaching assistants. Wrenfield staff will be offered ring-fenced interviews."])
    d.add_heading("10. Recommendation", 1)
    numbered(d, ["That Cabinet approves the publication of statutory proposals for Option 3."])
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = "Hallamshire Valley Council - Cabinet 7 December 2027 - Item 9"
    d.save(OUT / "16-cabinet-report-options-close-wrenfield-school.docx")


# ---------------------------------------------------------------- 20
def d20():
    d = doc_start("Significant Change Application: Hartwell Academy",
                  ["Vale Academies Trust", "Change requested: increase capacity from 80 to 100 and operate on a second site",
                   "Version 2, 3 October 2027"])
    d.add_heading("1. Rationale", 1)
    numbered(d, [
        "Hartwell Academy is a special academy for 80 pupils aged 5-16 with autism. Greystoke Borough Council has asked the Trust to add 20 places to meet demand.",
        "The Trust proposes to move its Key Stage 4 classes to a second site, the former Linford Adult Education Centre, a quarter of a mile away, from September 2028, and to increase the academy's capacity to 100.",
    ])
    d.add_heading("2. Pupils", 1)
    numbered(d, ["All current pupils will remain at Hartwell Academy. Pupils in Key Stage 4 will be taught at the Linford site as part of the same school, with the same staff."])
    d.add_heading("3. Benefits", 1)
    numbered(d, [
        "Key Stage 4 pupils will gain a dedicated vocational suite with catering, horticulture and IT, and Entry Level and GCSE courses in science and computing. This supports Greystoke's Accessibility Strategy 2026-2029.",
        "An occupational therapist (0.5 FTE) and a speech and language therapist (1.0 FTE) will be shared between the sites.",
        "The Linford site will be refurbished to give six classrooms of about 55 m², a vocational suite and a sensory room, at a cost of £1.8 million, by August 2028.",
    ])
    table(d, [["Site", "Places now", "Places September 2028"],
              ["Main site (Key Stages 1-3)", "80", "60"], ["Linford site (Key Stage 4)", "0", "40"], ["Total", "80", "100"]])
    d.add_heading("4. Consultation", 1)
    numbered(d, ["The proposal was discussed with headteachers at the Greystoke Special Schools Partnership meeting on 12 September 2027 and with the Council's SEND team. Parents were consulted through a survey (61 responses, 52 supportive)."])
    d.add_heading("5. Transport", 1)
    numbered(d, ["Pupils will continue to receive transport under Greystoke Borough Council's SEND Home to School Transport Policy. Minibuses with passenger assistants will serve both sites; no journey will exceed 45 minutes."])
    d.add_heading("6. Finance and staffing", 1)
    numbered(d, [
        "Capital: £1.8 million from Greystoke Borough Council's High Needs Provision Capital Allocation, agreed by the Council's Cabinet on 14 July 2027.",
        "Revenue: 20 additional places at £10,000 (£200,000 a year) and top-up funding of about £380,000 a year from the High Needs Block.",
        "The academy will be staffed in line with the Trust's existing staffing model for special academies.",
    ])
    d.save(OUT / "20-trust-significant-change-hartwell-academy.docx")


# ---------------------------------------------------------------- 22
def d22():
    d = doc_start("Brackley Vale SEND Sufficiency Plan 2027-2030",
                  ["Chapter 4: Secondary autism resource provision", "Brackley Vale City Council, September 2027"])
    d.add_heading("4.1 The need", 1)
    d.add_paragraph("Our forecasts show 41 more secondary-aged young people with autism and an EHC plan by 2030 who could succeed in mainstream school with specialist support. There are only 16 secondary autism resource base places in the city, all at Cotton Street Academy.")
    d.add_heading("4.2 Our proposal", 1)
    d.add_paragraph("We propose to open two 15-place autism resource bases from September 2028: one at Fairmile Academy (Evergreen Schools Trust) and one at St Bede's Catholic High School (St Cuthbert Catholic Academy Trust). Both trusts have agreed to host the bases and will apply to the Department for Education for the significant change.")
    table(d, [["Secondary autism resource places", "2027", "2028"],
              ["Cotton Street Academy", "16", "16"], ["Fairmile Academy", "0", "15"], ["St Bede's Catholic High School", "0", "15"], ["City total", "16", "46"]])
    d.add_heading("4.3 What young people will gain", 1)
    bullets(d, [
        "Access to the full mainstream GCSE curriculum with a personalised timetable, small-group teaching in a base, social skills groups and a supported lunch club. This is part of action 5 in our Accessibility Strategy 2026-2029.",
        "Each base will have a specialist teacher (1.0 FTE) and two teaching assistants, with the Brackley Vale Autism Team visiting weekly and the NHS speech and language service on site one day a week.",
        "Accommodation better suited to the needs of autistic pupils at both schools.",
    ])
    d.add_heading("4.4 Current pupils", 1)
    d.add_paragraph("These are new places. No pupil will need to move school.")
    d.add_heading("4.5 Working with schools", 1)
    d.add_paragraph("On 5 June 2027 we sent a written statement of the proposal to all secondary and special schools and trusts in the city, inviting written views by 14 July 2027. Responses are published with this plan.")
    d.add_heading("4.6 Travel", 1)
    d.add_paragraph("Young people who are eligible under the Brackley Vale Travel Assistance Policy for Children and Young People with SEND will be offered independent travel training or a shared taxi with a passenger assistant, with journeys under 40 minutes.")
    d.add_heading("4.7 Resources", 1)
    d.add_paragraph("Capital of £900,000 (£450,000 for each base) from the High Needs Provision Capital Allocation. Revenue: 30 places at £10,000 and top-up of £6,000 per pupil, £480,000 a year in total, from the High Needs Block. Each base: 1.0 FTE specialist teacher and 2.0 FTE teaching assistants.")
    d.save(OUT / "22-send-sufficiency-chapter-secondary-autism-bases.docx")


# ---------------------------------------------------------------- 25
def d25():
    d = doc_start("Schools Forum and Education Committee: Extract of Minutes",
                  ["Tamworthy County Council", "Meeting held at County Hall on Thursday 27 January 2028 at 10.00am"])
    d.add_heading("Minute 61: Ashgrove School — decision following publication of statutory proposals", 1)
    numbered(d, [
        "The Committee considered the report of the Director of Education (paper E/28/04) on the proposal to discontinue Ashgrove School, a community special school for 30 pupils aged 9-16 with social, emotional and mental health needs, on 31 August 2028, and to enlarge Brookfield School (SEMH) from 75 to 110 places from 1 September 2028.",
        "The Director reported that 22 pupils would transfer to Brookfield School, whose governing body had confirmed in writing on 10 December 2027 that it would admit them. The remaining eight pupils, whose annual reviews recommended a mainstream placement with support, would be placed at Tamworthy Grange School (five) and Ellerby Academy (three), subject to confirmation by the receiving schools. No pupil would be placed in the Tamworthy Pupil Referral Unit.",
        "Members heard that Brookfield would offer GCSE science and art, BTEC construction and a therapeutic horse-riding programme, supporting the Council's Accessibility Strategy 2026-2029; that Brookfield would employ a clinical psychologist (0.6 FTE) and a speech and language therapist two days a week; and that a 600 m² block of five classrooms and a therapy room would be built at a cost of £2.9 million by July 2028.",
        "SEMH special school places in the county would rise from 105 (Ashgrove 30, Brookfield 75) to 110 at Brookfield; the eight pupils moving to mainstream would be supported through the Inclusion Fund.",
        "The Director confirmed that the written statement of 1 October 2027 had invited all schools, trusts and the PRU to give their views in writing; 17 had replied (Appendix B).",
        "Transport would be provided under the Tamworthy SEND Transport Policy 2027 by minibus or taxi with a passenger assistant, with journeys under 45 minutes.",
        "Funding: capital £2.9 million from the High Needs Provision Capital Allocation; revenue £250,000 place funding and £420,000 top-up a year from the High Needs Block. Brookfield would appoint 3.0 FTE teachers and 5.0 FTE teaching assistants.",
    ])
    p = d.add_paragraph()
    p.add_run("RESOLVED that ").bold = True
    p.add_run("(a) Ashgrove School be discontinued on 31 August 2028; (b) Brookfield School be enlarged to 110 places from 1 September 2028.")
    d.add_paragraph("Chair: Cllr E. Marsh")
    d.save(OUT / "25-minutes-extract-close-ashgrove-school.docx")


for f in (d07, d10, d16, d20, d22, d25):
    f()
