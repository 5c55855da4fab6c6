"""Build the Word documents of blind corpus 18, part a (documents 04, 08, 13, 18, 22, 25).

Usage: python build_docx_a.py /work/blind18/heldout18
Rebuilds exactly these .docx files (fixed core properties and zip timestamps, so
the output is byte-for-byte the same on every run).
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

FIXED = datetime.datetime(2027, 1, 1, 0, 0, 0)


class Doc:
    def __init__(self, title, author):
        self.d = Document()
        cp = self.d.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = FIXED
        cp.modified = FIXED
        cp.revision = 1
        st = self.d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(11)

    def h(self, text, level=1):
        self.d.add_heading(text, level=level)

    def p(self, text, bold=False, italic=False):
        par = self.d.add_paragraph()
        run = par.add_run(text)
        run.bold = bold
        run.italic = italic
        return par

    def np(self, num, text):
        """A numbered paragraph, numbered in the council's own scheme (e.g. 4.2)."""
        par = self.d.add_paragraph()
        r = par.add_run(num + "\t")
        r.bold = True
        par.add_run(text)
        return par

    def auto(self, text):
        """A paragraph numbered by Word's own list numbering."""
        return self.d.add_paragraph(text, style="List Number")

    def bullet(self, text):
        return self.d.add_paragraph(text, style="List Bullet")

    def table(self, rows, bold_last=False):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                run = c.paragraphs[0].add_run(str(cell))
                if i == 0 or (bold_last and i == len(rows) - 1):
                    run.bold = True
        self.d.add_paragraph()
        return t

    def save(self, path):
        buf = io.BytesIO()
        self.d.save(buf)
        buf.seek(0)
        zin = zipfile.ZipFile(buf)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
                info = zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zout.writestr(info, zin.read(name))
        Path(path).write_bytes(out.getvalue())


BUILDERS = []


def builder(fn):
    BUILDERS.append(fn)
    return fn


@builder
def doc04(folder):
    d = Doc("Significant change business case: SEMH resourced provision at Highcroft Academy", "Greenway Learning Trust")
    d.h("Greenway Learning Trust", 0)
    d.p("Significant Change Business Case", bold=True)
    d.p("Establishing a resourced provision for pupils with social, emotional and mental health needs at Highcroft Academy, Tarnside")
    d.table([
        ["Item", "Detail"],
        ["Academy", "Highcroft Academy (URN 149902), mainstream 11-16, 1,050 pupils"],
        ["Trust", "Greenway Learning Trust (company number 09912345)"],
        ["Local authority", "Tarnside Council"],
        ["Change requested", "Establish SEN provision: 12-place resourced provision for pupils with SEMH needs"],
        ["Proposed implementation", "1 September 2028"],
        ["Approved by trust board", "15 February 2028"],
    ])
    d.h("Section 1: Summary of the proposed change", 1)
    d.np("1.1", "The Trust proposes to establish a resourced provision, to be known as The Anchor, at Highcroft Academy for 12 pupils aged 11-16 with education, health and care plans whose primary need is social, emotional and mental health (SEMH). The Anchor will be a base from which pupils are taught in small groups and supported into mainstream lessons.")
    d.np("1.2", "This is new provision. No pupil at Highcroft or at any other school will change school as a result of the change; places will be allocated by Tarnside Council through its EHC panel from September 2028.")
    d.h("Section 2: Need and the supply of places", 1)
    d.np("2.1", "Tarnside Council's SEND Sufficiency Statement (2027) identifies a shortfall of secondary SEMH places. There are at present two secondary SEMH resourced provisions in Tarnside, at Abbeyfield Academy and Northgate School.")
    d.table([
        ["SEMH resourced provision, secondary, Tarnside", "Places 2027-28", "Places from September 2028"],
        ["Abbeyfield Academy", "12", "12"],
        ["Northgate School", "12", "12"],
        ["Highcroft Academy (The Anchor)", "0", "12"],
        ["Total", "24", "36"],
    ], bold_last=True)
    d.h("Section 3: Educational benefits", 1)
    d.h("3.1 Access to the curriculum and facilities", 2)
    d.p("Pupils in The Anchor will follow Highcroft's full Key Stage 3 and 4 curriculum, with nine GCSE options including computer science and separate sciences, and BTEC Level 2 in sport and in creative media. They will have the use of the academy's sports centre, music studios and food rooms, and will be able to join the academy's after-school clubs and the Year 9 residential. Tarnside Council's Accessibility Strategy 2026-2029 asks schools to widen SEN pupils' access to mainstream facilities (objective 2); The Anchor is listed in the Council's action plan for that objective.")
    d.h("3.2 Access to specialist staff", 2)
    d.p("The Anchor will be led by a qualified teacher with the National Award for SEN Co-ordination (1.0 FTE). The Trust will buy two days a week of educational psychology from Tarnside's Educational Psychology Service, and the Tarnside Mental Health Support Team will hold a weekly clinic at the academy. Pupils will also see the Trust's speech and language therapist one day a week.")
    d.h("3.3 Accommodation", 2)
    d.p("The Trust will convert the former sixth-form block (vacant since 2024) into The Anchor: two teaching rooms of 56 m² each, a quiet room, a therapy room and a kitchen-social area, 180 m² in total, with its own entrance. The works cost £640,000 and will be complete by July 2028.")
    d.h("Section 4: Consultation", 1)
    d.np("4.1", "On 6 November 2027 the Trust sent a written statement of the proposal to Tarnside Council, the headteachers and chairs of governors of all Tarnside secondary schools and special schools, Abbeyfield Academy and Northgate School, inviting each to set out its views on the change to the pattern of SEMH provision in writing by 18 December 2027. Nine written responses were received; all supported the proposal. Tarnside Council's response of 12 December 2027 confirms its agreement to commission the places.")
    d.np("4.2", "Parents and carers of Highcroft pupils, staff and the local community were consulted from 6 November to 18 December 2027. A summary of responses is at Annex A.")
    d.h("Section 5: Transport", 1)
    d.np("5.1", "Pupils placed in The Anchor will be assessed for travel assistance under Tarnside Council's Travel Assistance Policy for Children and Young People with SEND (2026). Eligible pupils will travel by taxi or minibus with a passenger assistant where their plan requires one; the Council's travel team has confirmed that journeys from all parts of the borough are under 40 minutes. Independent travel training will be offered from Year 10.")
    d.h("Section 6: Funding and staffing", 1)
    d.table([
        ["Funding", "Sum", "Source"],
        ["Capital: conversion of former sixth-form block", "£640,000", "Tarnside Council High Needs Provision Capital Allocation, allocated by Cabinet on 12 January 2028"],
        ["Revenue: place funding", "£120,000 a year (12 × £10,000)", "High Needs Block, through the ESFA"],
        ["Revenue: top-up funding", "£110,400 a year (12 × £9,200)", "Tarnside Council High Needs Block"],
    ])
    d.p("Staffing from September 2028:")
    d.bullet("Lead teacher for The Anchor, 1.0 FTE (new post)")
    d.bullet("Teaching assistants, 2.0 FTE (new posts)")
    d.bullet("Learning mentor, 0.5 FTE")
    d.bullet("Educational psychologist, 2 days a week (bought in)")
    d.bullet("Speech and language therapist, 1 day a week (Trust central team)")
    d.h("Section 7: Risks", 1)
    d.table([
        ["Risk", "Mitigation"],
        ["Recruitment of lead teacher", "Advertise in March 2028; internal candidate pool of two SENCo-qualified teachers"],
        ["Works overrun", "Contractor appointed; 6-week contingency before September 2028"],
    ])
    d.p("Signed: Dr Amelia Corrigan, Chief Executive Officer, Greenway Learning Trust – 16 February 2028")
    d.save(Path(folder) / "04-trust-significant-change-business-case-highcroft-anchor.docx")


@builder
def doc08(folder):
    d = Doc("Cabinet report: future of Ashdown Vale School", "Redmarsh County Council")
    d.h("Redmarsh County Council", 0)
    d.p("Report to Cabinet, 9 March 2028", bold=True)
    d.p("Future of Ashdown Vale School: options appraisal and proposal for consultation")
    d.table([
        ["Report of", "Corporate Director, People"],
        ["Cabinet Member", "Cllr Neil Trevithick, Education and Skills"],
        ["Key decision", "Yes"],
        ["Divisions affected", "Ashdown; Coldbeck; Trentham Rural"],
    ])
    d.h("1. Summary", 1)
    d.np("1.1", "Ashdown Vale School is a community special school for 90 pupils aged 4-16 with moderate learning difficulties (MLD). It has 64 pupils on roll. This report appraises four options for its future and recommends Option D: to close the school on 31 August 2029, enlarge Birchwood School for primary-age pupils and open a new secondary MLD provision at Thornfield Academy.")
    d.h("2. Recommendations", 1)
    d.auto("That Cabinet approves consultation on Option D from 16 March to 27 April 2028.")
    d.auto("That Cabinet notes that a further report will be brought after consultation.")
    d.h("3. Options appraisal", 1)
    d.table([
        ["Option", "Summary", "Conclusion"],
        ["A. No change", "Ashdown Vale continues on its present site; £3.1m of condition works needed by 2030.", "Not recommended"],
        ["B. Rebuild Ashdown Vale on the Coldbeck Road site", "New 100-place school with a full-time speech and language therapist and a full-time occupational therapist on site, a hydrotherapy pool and a teaching kitchen; cost £14.6m.", "Not recommended: cost; no site available before 2032"],
        ["C. Federate Ashdown Vale with Birchwood School", "Shared leadership; buildings unchanged.", "Not recommended: does not address condition"],
        ["D. Close Ashdown Vale; enlarge Birchwood (primary); new secondary provision at Thornfield Academy", "See sections 4-9.", "Recommended"],
    ])
    d.h("4. The recommended option", 1)
    d.np("4.1", "Ashdown Vale would close on 31 August 2029. From 1 September 2029 primary-age pupils (28 on current projections) would transfer to Birchwood School, a community special school 3 miles away, which would be enlarged from 100 to 140 places for pupils aged 4-11 with MLD and other learning needs. Secondary-age pupils (36 on current projections) would transfer to a new 60-place secondary MLD provision, the Thornfield Centre, in a new wing at Thornfield Academy, a mainstream 11-16 academy in the Kingsway Academies Trust.")
    d.np("4.2", "Places for pupils with MLD in the county would be as follows:")
    d.table([
        ["Provision", "Places 2027-28", "Places from September 2029"],
        ["Ashdown Vale School", "90", "0"],
        ["Birchwood School", "100", "140"],
        ["Thornfield Centre (Thornfield Academy)", "0", "60"],
        ["Total", "190", "200"],
    ], bold_last=True)
    d.h("5. Benefits for pupils", 1)
    d.np("5.1", "Access to education. At Thornfield secondary pupils would have the academy's science laboratories, design technology workshops and sports centre, could take GCSEs and BTEC Level 1 and 2 courses alongside mainstream peers, and would join the academy's lunchtime and after-school clubs. Birchwood's enlarged site would add a sensory garden and a soft-play room for primary pupils. The proposal contributes to objective 1 of the Redmarsh Accessibility Strategy 2027-2030 (access to mainstream facilities for pupils in specialist provision).")
    d.np("5.2", "Access to specialist staff. Pupils would have better access to specialist staff and therapies at both schools.")
    d.np("5.3", "Accommodation. A new two-storey wing at Thornfield of 1,100 m², with six classrooms, two group rooms, a life-skills flat and a therapy room, and a four-classroom extension at Birchwood with a sensory garden, would both be complete by July 2029.")
    d.h("6. Alternative provision for Ashdown Vale pupils", 1)
    d.np("6.1", "Every pupil on roll at Ashdown Vale in summer 2029 who has not completed Year 11 would transfer as set out in 4.1, and EHC plans would be amended at annual review in the spring term 2029.")
    d.np("6.2", "The governing body of Birchwood School resolved on 15 February 2028, and confirmed in a letter to the Corporate Director of 19 February 2028 (Appendix 2), that it is willing to receive Ashdown Vale's primary-age pupils and that the enlarged school will have the facilities to provide an appropriate curriculum.")
    d.np("6.3", "The Kingsway Academies Trust has agreed in principle to host the Thornfield Centre and to receive Ashdown Vale's secondary-age pupils, and is preparing a significant change application to the Regional Director.")
    d.h("7. Consultation with providers", 1)
    d.np("7.1", "On 10 January 2028 the Council wrote to the governing bodies of Ashdown Vale and Birchwood schools, the Kingsway Academies Trust, and all special school and secondary headteachers in Redmarsh, setting out the proposed pattern of MLD provision and inviting written views by 16 February 2028. Fourteen replies were received (Appendix 3).")
    d.h("8. Transport", 1)
    d.np("8.1", "Pupils would be transported under the Council's Home to School Transport Policy: Children and Young People with SEND (2027). All Ashdown Vale pupils who now receive transport would remain eligible. Pupils would travel by minibus with a passenger assistant; the Council's transport team has modelled journey times, none of which exceed 50 minutes.")
    d.h("9. Financial and staffing implications", 1)
    d.table([
        ["Item", "Cost", "Source"],
        ["Thornfield wing", "£5.8m", "High Needs Provision Capital Allocation 2026-28 (held)"],
        ["Birchwood extension", "£2.2m", "Council capital programme 2027-28 (approved February 2027)"],
        ["Revenue, Birchwood (140 places)", "£2.66m a year", "High Needs Block"],
        ["Revenue, Thornfield Centre (60 places)", "£1.02m a year", "High Needs Block"],
    ])
    d.np("9.1", "Staffing. Birchwood would add 3.0 FTE teachers and 6.0 FTE teaching assistants. The Thornfield Centre would have a head of centre, 6.0 FTE teachers and 9.0 FTE teaching assistants. Ashdown Vale staff would be considered for these posts under the Council's redeployment arrangements.")
    d.h("Appendices", 1)
    d.bullet("Appendix 1: Condition survey summary, Ashdown Vale School")
    d.bullet("Appendix 2: Letter from the Chair of Governors of Birchwood School, 19 February 2028")
    d.bullet("Appendix 3: Responses from providers")
    d.p("Report author: Priya Venkatesh, Head of SEND Commissioning")
    d.save(Path(folder) / "08-cabinet-report-options-ashdown-vale-mld.docx")


@builder
def doc13(folder):
    d = Doc("Statutory proposal: discontinue Wendover Hill School and enlarge Castlemere School", "Hexley County Council")
    d.h("Hexley County Council", 0)
    d.p("Statutory Proposal", bold=True)
    d.p("Discontinuance of Wendover Hill School and prescribed alteration (enlargement) of Castlemere School")
    d.p("Published under sections 15 and 19(1) of the Education and Inspections Act 2006 and the School Organisation (Establishment and Discontinuance of Schools) Regulations 2013 and (Prescribed Alterations to Maintained Schools) (England) Regulations 2013. Publication date: 10 January 2028.", italic=True)
    d.h("1. Contact details", 1)
    d.np("1.1", "The proposer is Hexley County Council, County Hall, Bridge Street, Hexley HX1 2QA. Contact: Lorna Fairweather, Service Manager, SEND Place Planning, lorna.fairweather@hexley.gov.uk.")
    d.h("2. Description of the alterations", 1)
    d.np("2.1", "Wendover Hill School, Wendover Lane, Hexley, a community special school for 30 pupils aged 5-11 with social, emotional and mental health (SEMH) needs, will be discontinued on 31 August 2028.")
    d.np("2.2", "Castlemere School, Lowther Road, Hexley, a community special school for pupils aged 5-11 with SEMH needs and one of the two schools of the Tarn Valley Federation (referred to in this proposal as \"Lowther Road\"), will be enlarged from 40 to 80 places from 1 September 2028.")
    d.h("3. Reasons for the proposal", 1)
    d.np("3.1", "Wendover Hill occupies a former caretaker's house and two mobile classrooms that have reached the end of their life. It has 21 pupils on roll. Lowther Road, judged Outstanding in 2026, has a waiting list and a site with room to build.")
    d.h("4. Pupils at Wendover Hill School", 1)
    d.np("4.1", "Every pupil on roll at Wendover Hill in July 2028 who is not transferring to secondary school will transfer to Lowther Road on 1 September 2028 (16 pupils on current projections). Their EHC plans will be amended to name Castlemere School. Year 6 pupils will transfer to the secondary schools named in their plans in the usual way.")
    d.np("4.2", "The governing board of the Tarn Valley Federation resolved on 29 November 2027 that Lowther Road will receive every Wendover Hill pupil and will have all the facilities needed to provide an appropriate curriculum, and the Executive Headteacher confirmed this in a letter to the Council dated 1 December 2027 (Annex 2).")
    d.np("4.3", "No pupil will be placed in a pupil referral unit or other alternative provision at any stage.")
    d.h("5. Places", 1)
    d.table([
        ["SEMH special school places, ages 5-11, Hexley", "Now", "From 1 September 2028"],
        ["Wendover Hill School", "30", "0"],
        ["Castlemere School (Lowther Road)", "40", "80"],
        ["Total", "70", "80"],
    ], bold_last=True)
    d.h("6. Educational benefits", 1)
    d.h("6.1 Access to education and associated services", 2)
    d.p("Pupils will have a school hall for PE, music and drama, a forest school area and a nurture garden, a teaching kitchen and an ICT suite, none of which Wendover Hill has. Lowther Road's curriculum includes weekly swimming at Hexley Leisure Centre, a residential visit in Years 5 and 6, and specialist music teaching from the Hexley Music Hub. The proposal delivers action 3.4 of the Council's Accessibility Strategy 2027-2030 (replacing unsuitable temporary accommodation in special schools).")
    d.h("6.2 Access to specialist staff", 2)
    d.p("The enlarged school will employ a speech and language therapist (0.6 FTE, three days a week), a play therapist (0.4 FTE, two days a week) and a family support worker (1.0 FTE), and will host the Hexley Educational Psychology Service's SEMH specialist one day a week. The Federation's outreach service for primary schools will grow from 1.0 to 1.6 FTE.")
    d.h("6.3 Accommodation", 2)
    d.p("A single-storey extension of 720 m² will provide five classrooms, each with an adjoining calm room, two therapy rooms and a second hall, at a cost of £3.4m, to be completed by 31 July 2028.")
    d.h("7. Consultation", 1)
    d.np("7.1", "On 15 September 2027 the Council sent a written statement of the proposed changes to SEMH primary provision to the governing body of Wendover Hill School, the governing board of the Tarn Valley Federation, all Hexley special schools, all primary headteachers and the Council's pupil referral unit, inviting them to set out their views in writing. Nineteen providers replied (Annex 3); both governing bodies support the proposal.")
    d.np("7.2", "Public consultation ran from 15 September to 27 October 2027. The consultation report is at Annex 4.")
    d.h("8. Transport", 1)
    d.np("8.1", "Transport will be provided under the Council's Home to School Transport Policy for Children with SEND (2026). All Wendover Hill pupils currently receive transport and will continue to. Pupils will travel by taxi or minibus with a passenger assistant; the longest journey to Lowther Road will be 35 minutes.")
    d.h("9. Funding", 1)
    d.np("9.1", "Capital: £3.4m from the Council's High Needs Provision Capital Allocation, received and allocated to this scheme in the capital programme approved by Council on 21 February 2027.")
    d.np("9.2", "Revenue: Lowther Road's budget for 80 places will be £1.92m a year (£24,000 per place), from the High Needs Block of the Dedicated Schools Grant. Wendover Hill's budget of £0.72m a year ends.")
    d.h("10. Staffing", 1)
    d.table([
        ["Post", "Now (40 places)", "From September 2028 (80 places)"],
        ["Teachers (FTE)", "6.0", "11.0"],
        ["Teaching assistants (FTE)", "10.0", "20.0"],
        ["Speech and language therapist (FTE)", "0.2", "0.6"],
        ["Play therapist (FTE)", "0", "0.4"],
        ["Family support worker (FTE)", "0.5", "1.0"],
    ])
    d.np("10.1", "Wendover Hill staff will be offered posts at Lowther Road through ring-fenced interviews before any external advertisement.")
    d.h("11. Objections and comments", 1)
    d.np("11.1", "Within four weeks from the date of publication, any person may object to or comment on the proposal by writing to Lorna Fairweather at the address in 1.1.")
    d.save(Path(folder) / "13-statutory-proposal-close-wendover-hill-enlarge-castlemere.docx")


@builder
def doc18(folder):
    d = Doc("Executive decision report: closure of Riverbank School", "Coldmere City Council")
    d.h("Coldmere City Council", 0)
    d.p("Executive Decision Report", bold=True)
    d.table([
        ["Decision maker", "Executive, 7 June 2027"],
        ["Report of", "Strategic Director for Children and Education"],
        ["Subject", "Closure of Riverbank School and transfer of pupils to Longmoor Academy"],
        ["Key decision", "Yes"],
        ["Exempt information", "None"],
    ])
    d.h("1. Purpose", 1)
    d.np("1.1", "To seek the Executive's decision on the proposal, published on 15 March 2027, to discontinue Riverbank School, a community special school for 40 pupils aged 11-16 with social, emotional and mental health (SEMH) needs, on 31 August 2027.")
    d.h("2. Recommendations", 1)
    d.np("2.1", "That Riverbank School be discontinued on 31 August 2027.")
    d.np("2.2", "That Riverbank pupils be placed at the Compass Centre from 1 September 2027 until Longmoor Academy opens, as set out in section 5.")
    d.h("3. Background", 1)
    d.np("3.1", "Riverbank's building on Quayside was damaged by flooding in February 2027. The school has operated since then from temporary classrooms at the Civic Hall annexe, which are available only until August 2027. It has 27 pupils on roll, of whom 8 are in Year 11 and will leave in July 2027.")
    d.np("3.2", "Longmoor Academy, a new special free school for 56 pupils aged 11-16 with SEMH needs, approved by the Department for Education in 2025 and to be run by the Aspire Special Schools Trust, will open in a new building on Longmoor Road after the Easter holidays, on 17 April 2028.")
    d.h("4. Places", 1)
    d.table([
        ["SEMH special school places, ages 11-16, Coldmere", "2026-27", "From April 2028"],
        ["Riverbank School", "40", "0"],
        ["Longmoor Academy", "0", "56"],
        ["Southgate School", "60", "60"],
        ["Total", "100", "116"],
    ], bold_last=True)
    d.h("5. Arrangements for Riverbank pupils", 1)
    d.np("5.1", "From 1 September 2027 the 19 Riverbank pupils who are continuing their education will attend the Compass Centre, the city's pupil referral unit on Mercer Street, for two terms (the autumn and spring terms of 2027-28). The Compass Centre has space for them in its refurbished east wing and will teach them as a separate group.")
    d.np("5.2", "They will transfer to Longmoor Academy when it opens on 17 April 2028. The Aspire Special Schools Trust confirmed in writing on 3 May 2027 that Longmoor will admit all 19 pupils from that date and will have all the facilities needed to provide an appropriate curriculum. EHC plans will be amended to name the Compass Centre from September 2027 and Longmoor Academy from April 2028.")
    d.h("6. Benefits", 1)
    d.h("6.1 Curriculum and facilities", 2)
    d.p("Longmoor will offer GCSEs in English, maths, combined science and art, and vocational courses in construction and hair and beauty at Level 1, with a sports hall, two workshops and a science laboratory. Riverbank has offered only entry level and functional skills since the flood. The new school is in the Council's Accessibility Strategy 2026-2029 (section 4, new accessible special school buildings).")
    d.h("6.2 Specialist staff", 2)
    d.p("Longmoor will have a clinical psychologist (1.0 FTE), a speech and language therapist (0.4 FTE) and an on-site CAMHS practitioner three days a week. At the Compass Centre pupils will continue to see the educational psychologist and speech and language therapist who now work with Riverbank.")
    d.h("6.3 Accommodation", 2)
    d.p("Longmoor's building (2,050 m², eight classrooms, laboratory, two workshops, sports hall, therapy suite) is being built by the Department for Education through the free schools programme and will be complete in March 2028.")
    d.h("7. Consultation", 1)
    d.np("7.1", "Officers met the governing body of Riverbank School, the management committee of the Compass Centre, Southgate School and the Aspire Special Schools Trust in January and February 2027. The proposal was also presented to the Coldmere Headteachers' Partnership on 2 February 2027. Nine representations were received on the published proposal, all from parents (Appendix 2).")
    d.h("8. Transport", 1)
    d.np("8.1", "Transport will be provided under the Council's Home to School Transport Policy for Children and Young People with SEND (2026). Pupils will travel by taxi or minibus with a passenger assistant to the Compass Centre and then to Longmoor; no journey will exceed 40 minutes.")
    d.h("9. Financial implications", 1)
    d.np("9.1", "Longmoor's building is funded by the Department for Education through the free schools programme. The Compass Centre's additional costs for two terms, £212,000, will be met from the High Needs Block. Longmoor's revenue, £1.34m a year when full (56 places at £24,000), will be met from the High Needs Block (place funding through the ESFA and top-up from the Council).")
    d.h("10. Staffing", 1)
    d.np("10.1", "Riverbank's teachers (5.0 FTE) and teaching assistants (7.0 FTE) will be redeployed to the Compass Centre for the two terms. Longmoor will have a principal, 8.0 FTE teachers, 12.0 FTE teaching assistants, the clinical psychologist and a pastoral lead; Riverbank staff may apply for these posts.")
    d.p("Report author: Gwen Pelham, Head of SEND Sufficiency")
    d.save(Path(folder) / "18-executive-decision-report-close-riverbank.docx")


@builder
def doc22(folder):
    d = Doc("Overview and Scrutiny Management Board: call-in of the decision to close Meadowgate School", "Orwell Vale Borough Council")
    d.h("Orwell Vale Borough Council", 0)
    d.p("Overview and Scrutiny Management Board – 2 August 2027", bold=True)
    d.p("Call-in of Cabinet decision CAB/27/112: closure of Meadowgate School")
    d.p("Report of the Head of Democratic and Scrutiny Services", italic=True)
    d.h("1. Purpose of the report", 1)
    d.np("1.1", "On 19 July 2027 Cabinet decided to close Meadowgate School, a community special school for 48 pupils aged 7-16 with social, emotional and mental health (SEMH) needs, on 31 December 2027, and to enlarge Kingfisher School. The decision was called in on 24 July 2027 by Councillors Stroud, Bellamy and Nkemelu. This report sets out the decision, the reasons for the call-in and the evidence the Board has asked for, so that the Board can decide whether to refer the decision back to Cabinet.")
    d.h("2. The decision called in", 1)
    d.np("2.1", "Meadowgate has 39 pupils on roll. From 4 January 2028:")
    d.bullet("the 27 pupils in Years 3 to 9 will transfer to Kingfisher School, an SEMH special school for pupils aged 7-16, which will be enlarged from 60 to 110 places;")
    d.bullet("the 12 pupils in Years 10 and 11 will be placed at the Linthorpe Centre, Orwell Vale's pupil referral unit (known as the Bridge), because Kingfisher's new Key Stage 4 block will not be ready until September 2029.")
    d.np("2.2", "Kingfisher's governing body confirmed in writing on 30 June 2027 that it will receive the 27 younger pupils and have the facilities to teach them.")
    d.h("3. Reasons given for the call-in", 1)
    d.auto("That the Key Stage 4 pupils will spend the rest of their school years in a pupil referral unit although their plans name a special school.")
    d.auto("That the decision was taken before the Board's review of SEMH provision had reported.")
    d.h("4. Evidence provided by officers", 1)
    d.h("4.1 Key Stage 4 pupils", 2)
    d.p("Officers confirmed that Year 10 and 11 pupils will remain at the Bridge until they complete Year 11; they will not transfer to Kingfisher. The Bridge will teach them as a separate group and will offer GCSE English and maths. Their EHC plans will be amended to name the Bridge.")
    d.h("4.2 Places", 2)
    d.table([
        ["SEMH special school places, Orwell Vale", "Autumn 2027", "From January 2028"],
        ["Meadowgate School", "48", "0"],
        ["Kingfisher School", "60", "110"],
        ["Total", "108", "110"],
    ], bold_last=True)
    d.h("4.3 Benefits for pupils transferring to Kingfisher", 2)
    d.p("Kingfisher has a sports hall, a science laboratory, a horticulture area and a motor vehicle workshop; it offers GCSE combined science and BTEC Level 1 in vehicle maintenance, and runs a Duke of Edinburgh's Award group. Officers referred the Board to the Orwell Vale Accessibility Strategy 2026-2029 (objective 3, specialist facilities in special schools). Kingfisher employs a clinical psychologist (0.6 FTE), a speech and language therapist two days a week and a school-based CAMHS worker (1.0 FTE). A new primary wing of 860 m², with seven classrooms and two therapy rooms, costing £3.9m, will be complete in December 2027.")
    d.h("4.4 Consultation with providers", 2)
    d.p("On 6 March 2027 officers sent a written statement of the proposal to the governing bodies of Meadowgate and Kingfisher, the Linthorpe Centre's management committee and all headteachers in Orwell Vale, inviting written views. The 17 responses were appended to the Cabinet report.")
    d.h("4.5 Transport", 2)
    d.p("Transport will be provided in accordance with the Council's Home to School Transport Policy for Pupils with SEND (2026).")
    d.h("4.6 Funding and staffing", 2)
    d.table([
        ["Item", "Sum", "Source"],
        ["Kingfisher primary wing", "£3.9m", "High Needs Provision Capital Allocation (received)"],
        ["Kingfisher revenue, 110 places", "£2.59m a year", "High Needs Block"],
        ["Key Stage 4 group at the Bridge", "£290,000 a year", "High Needs Block"],
    ])
    d.p("Kingfisher will add 6.0 FTE teachers and 10.0 FTE teaching assistants. Two Meadowgate teachers (2.0 FTE) and three teaching assistants (3.0 FTE) will be redeployed to the Bridge to teach the Key Stage 4 group.")
    d.h("5. Options for the Board", 1)
    d.bullet("Take no further action, so that the decision takes effect.")
    d.bullet("Refer the decision back to Cabinet with its concerns.")
    d.bullet("Refer the decision to full Council.")
    d.p("Contact: Imogen Latchford, Scrutiny Officer, 01632 960 233")
    d.save(Path(folder) / "22-scrutiny-call-in-report-close-meadowgate.docx")


@builder
def doc25(folder):
    d = Doc("Record of Cabinet Member decision: discontinuance of Wrenfield School", "Merrow Vale County Council")
    d.h("Merrow Vale County Council", 0)
    d.p("Record of Decision by a Cabinet Member", bold=True)
    d.table([
        ["Decision number", "CMD/EDU/2028/07"],
        ["Decision maker", "Councillor Yasmin Haddad, Cabinet Member for Education and Inclusion"],
        ["Date of decision", "26 April 2028"],
        ["Subject", "Discontinuance of Wrenfield School and enlargement of Oakhurst Park School"],
        ["Call-in deadline", "4 May 2028"],
    ])
    d.h("Decision", 1)
    d.auto("To discontinue Wrenfield School, a community special school for 36 pupils aged 4-16 with physical disabilities, on 31 August 2028.")
    d.auto("To enlarge Oakhurst Park School from 70 to 110 places from 1 September 2028, as published in the statutory proposal of 9 February 2028.")
    d.auto("To note that no objections to the proposals were received during the representation period ending 8 March 2028.")
    d.h("Reasons for the decision", 1)
    d.np("R1", "Wrenfield School occupies a 1930s building on three levels with one small lift; the 2027 access audit found that eight of its fourteen teaching spaces cannot be reached independently by wheelchair users. It has 24 pupils on roll. Oakhurst Park School, 2.8 miles away, operates on its new campus as the Oakhurst Centre for Physical Disability (OCPD), opened in 2024, and has space to build on its site.")
    d.np("R2", "Places. Special school places for pupils with physical disabilities in Merrow Vale:")
    d.table([
        ["School", "2027-28", "From September 2028"],
        ["Wrenfield School", "36", "0"],
        ["Oakhurst Park School (OCPD)", "70", "110"],
        ["Total", "106", "110"],
    ], bold_last=True)
    d.np("R3", "Access to education. At OCPD, Wrenfield pupils will have step-free access to every room, a hydrotherapy pool, an accessible science laboratory and food room, adapted ICT with eye-gaze equipment, and a powered-wheelchair skills track. The school offers GCSEs and Entry Level qualifications across eight subjects and boccia and wheelchair basketball clubs. The decision delivers objective 2 of the Council's Accessibility Strategy 2026-2029 (fully accessible specialist school buildings).")
    d.np("R4", "Specialist staff. OCPD employs 3.0 FTE physiotherapists, 2.0 FTE occupational therapists and a speech and language therapist (0.8 FTE) through the Merrow Vale Children's Therapy Service, and a school nursing team on site every day. From September 2028 an assistive technology specialist (1.0 FTE) will join the school.")
    d.np("R5", "Accommodation. A single-storey extension of 960 m², with six classrooms, each with a changing and hygiene suite with ceiling track hoists, and two therapy rooms, will be complete by July 2028, at a cost of £5.1m.")
    d.np("R6", "Arrangements for Wrenfield pupils. All Wrenfield pupils who have not completed Year 11 (19 pupils) will transfer to OCPD on 1 September 2028; EHC plans will be amended at annual reviews held by 31 May 2028. OCPD's governing body confirmed in writing on 6 December 2027 that it is willing to receive every Wrenfield pupil and will have the facilities to provide an appropriate curriculum.")
    d.np("R7", "Providers' views. On 20 September 2027 the Council sent a written statement of the proposal to the governing bodies of Wrenfield and Oakhurst Park, all special schools and all mainstream schools with resourced provision in the county, inviting their views in writing. The 12 replies supported the proposal.")
    d.np("R8", "Transport. Pupils will travel under the Council's Travel Assistance Policy for Children and Young People with SEND (2027), in wheelchair-accessible vehicles with a passenger assistant; the longest journey to OCPD will be 35 minutes.")
    d.np("R9", "Funding. The extension (£5.1m) is funded from the Council's High Needs Provision Capital Allocation, received and allocated in the 2027-28 capital programme. OCPD's budget for 110 places will be £3.08m a year (£28,000 per place) from the High Needs Block; Wrenfield's budget of £1.01m a year ends.")
    d.np("R10", "Staffing. OCPD will increase from 11.0 to 17.0 FTE teachers and from 22.0 to 34.0 FTE teaching assistants, and will appoint the assistive technology specialist (1.0 FTE). Wrenfield staff have been offered ring-fenced interviews.")
    d.h("Alternative options considered and rejected", 1)
    d.bullet("Refurbish Wrenfield (£7.8m; the building cannot be made fully accessible).")
    d.bullet("Federate the two schools with no change of building (does not address access).")
    d.h("Declarations of interest", 1)
    d.p("None.")
    d.p("Signed: Cllr Y. Haddad, Cabinet Member          Countersigned: Rebecca Dunmore, Monitoring Officer")
    d.save(Path(folder) / "25-cabinet-member-decision-close-wrenfield-pd.docx")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_docx_a.py FOLDER")
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for fn in BUILDERS:
        fn(folder)


if __name__ == "__main__":
    main()
