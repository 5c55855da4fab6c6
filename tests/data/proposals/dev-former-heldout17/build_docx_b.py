"""Build the Word documents of part b of the seventeenth blind corpus (26-50).

Usage: python build_docx_b.py /work/blind17/heldout17

Each document is described below as a list of blocks; the script writes
NN-slug.docx into the folder given.  Core properties and zip timestamps are
fixed so that a rebuild gives the same bytes.
"""
import datetime
import io
import os
import sys
import zipfile

from docx import Document
from docx.shared import Pt

FIXED = datetime.datetime(2027, 1, 1, 9, 0, 0)
DOCS = {}


def doc(name):
    def reg(fn):
        DOCS[name] = fn
        return fn
    return reg


def H(d, text, level=1):
    d.add_heading(text, level=level)


def P(d, text, bold_lead=None):
    p = d.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead + " ")
        r.bold = True
    p.add_run(text)
    return p


def N(d, text):
    """A paragraph numbered by Word's own list numbering."""
    return d.add_paragraph(text, style="List Number")


def B(d, items):
    for it in items:
        d.add_paragraph(it, style="List Bullet")


def T(d, rows, header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = str(cell)
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    d.add_paragraph()
    return t


def save(d, path):
    cp = d.core_properties
    cp.author = "senrules blind corpus 17b"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "senrules blind corpus 17b"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2027, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(item.filename))


def new():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


# ---------------------------------------------------------------- 29
@doc("29-academy-trust-business-case-enlarge-rowanwood-academy")
def d29():
    d = new()
    d.add_heading("Meridian Learning Trust", 0)
    P(d, "Significant change application: business case for the enlargement of Rowanwood Academy (special) from 96 to 128 places", bold_lead="")
    P(d, "Submitted to the Regional Director (DfE) and to Westmarch County Council as commissioning local authority. Version 1.2, 3 May 2027. Approved by the Trust Board on 28 April 2027.")
    H(d, "1. Summary")
    P(d, "1.1 Rowanwood Academy is a special academy in Ferrybridge for pupils aged 4 to 19 with autism and associated learning difficulties. It has 96 commissioned places and is judged Good (Ofsted, 2025). Westmarch County Council has asked the Trust to provide 32 additional places from September 2028, and this business case sets out the change.")
    P(d, "1.2 The change is an enlargement of premises and capacity. Every pupil on roll stays at Rowanwood: no pupil will need to move school as a result of this proposal.")
    H(d, "2. Need for places")
    P(d, "2.1 Westmarch's SEND Sufficiency Plan 2026-2031 shows 41 children with autism and EHC plans placed in independent special schools outside the county in January 2027, at an average cost of £68,000 a year. The Council forecasts a further rise of 8% a year in primary-age pupils with autism needing a special school place.")
    T(d, [["Place type", "September 2027", "September 2028"],
          ["Primary (4-11)", "40", "56"],
          ["Secondary (11-16)", "40", "52"],
          ["Post-16 (16-19)", "16", "20"],
          ["Total commissioned places at Rowanwood", "96", "128"]])
    P(d, "2.2 Autism special school places in the county's maintained and academy special schools will therefore rise from 214 to 246.")
    H(d, "3. Educational benefits")
    H(d, "3.1 Access to education and associated services", 2)
    P(d, "The new building will let the primary department run a sensory integration programme in a dedicated sensory studio, and give secondary pupils a science laboratory for the first time, so that Key Stage 4 pupils can take Entry Level Certificate and GCSE Combined Science. Post-16 students will have a training flat and a small café run as a supported enterprise, for ASDAN Employability and AQA Unit Award accreditation. The sports hall will be opened to the whole school for daily physical activity. The proposal supports objective 2 of Westmarch County Council's Accessibility Strategy 2025-2028 (increasing the extent to which disabled pupils can take part in the curriculum) and the Trust's own Accessibility Plan.")
    H(d, "3.2 Access to specialist staff", 2)
    P(d, "The Trust will employ an occupational therapist (0.8 FTE, four days a week) and increase the NHS-commissioned speech and language therapy from three to five days a week. A clinical psychologist from the Trust's central team will hold a weekly clinic at Rowanwood. Rowanwood's autism outreach service (1.5 FTE advisory teachers) will extend its support to twelve more primary schools in the Ferrybridge area.")
    H(d, "3.3 Access to suitable accommodation", 2)
    P(d, "A single-storey teaching block of 980 m² will be built on the academy's playing field margin, giving six classrooms of 62 m² each with an adjoining calm room, the sensory studio, the science laboratory, the training flat and café, and accessible toilets and changing rooms. Works start in September 2027 and are due for completion on 30 June 2028, at a cost of £4.8 million.")
    H(d, "4. Consultation with providers and others")
    P(d, "4.1 On 8 February 2027 the Trust issued a written statement of the proposal to Westmarch County Council, the governing bodies and trust boards of the county's other eight special schools and academies, the 23 primary and secondary schools within eight miles of Rowanwood, Ferrybridge College and the Westmarch Parent Carer Forum, inviting each to set out its views in writing on the proposed change to the pattern of provision. The consultation ran until 22 March 2027. Fourteen written responses were received; all supported the change, and two asked that outreach be extended, which paragraph 3.2 reflects. The responses are at Annex 2.")
    P(d, "4.2 Two drop-in sessions were held for Rowanwood parents on 1 and 3 March 2027.")
    H(d, "5. Pupils on roll")
    P(d, "5.1 All current pupils will remain at Rowanwood Academy. Building works will be fenced off from the school site and will not require any class to move off site.")
    H(d, "6. Transport")
    P(d, "6.1 Home to school transport for pupils placed at Rowanwood is arranged by Westmarch County Council under its Home to School Travel Assistance Policy for Children and Young People with SEND (2026). New pupils will be assessed for eligibility under that policy when places are named. Eligible pupils among the 32 additional pupils will travel by contracted minibus with a passenger assistant on four new routes from Ferrybridge, Ancaster and Holme Vale, with journey times of no more than 40 minutes; the academy's bus bay will be extended to take six vehicles at once as part of the works.")
    H(d, "7. Funding")
    T(d, [["Item", "Amount", "Source", "Status"],
          ["Capital: new teaching block", "£4,800,000", "Westmarch CC High Needs Provision Capital Allocation", "Agreed by Cabinet 14 January 2027; funding agreement signed 2 March 2027"],
          ["Revenue: place funding (32 places)", "£320,000 a year", "ESFA, £10,000 per place", "Confirmed by commissioning letter"],
          ["Revenue: top-up (32 places)", "£784,000 a year", "Westmarch High Needs Block, band A3 at £24,500", "Included in the 2028-29 High Needs budget"]])
    H(d, "8. Staffing")
    P(d, "8.1 The enlarged academy will add four class teachers (4.0 FTE), eight teaching assistants (8.0 FTE), the occupational therapist (0.8 FTE) and an assistant headteacher for the primary department (1.0 FTE), giving a staffing of 22.0 FTE teachers and 41.0 FTE teaching assistants for 128 pupils, with class ratios of one teacher and two teaching assistants to eight pupils in the primary department and to nine in the secondary department.")
    H(d, "9. Timeline")
    T(d, [["Milestone", "Date"],
          ["Trust Board approval", "28 April 2027"],
          ["Regional Director decision", "June 2027"],
          ["Works start", "September 2027"],
          ["Practical completion", "30 June 2028"],
          ["First additional pupils admitted", "September 2028"]])
    P(d, "Annexes: 1 Site plan; 2 Written responses from providers; 3 Commissioning letter from Westmarch County Council.")
    return d

# ---------------------------------------------------------------- 31
@doc("31-executive-minutes-extract-close-hollin-bank-school")
def d31():
    d = new()
    d.add_heading("Ravensholt Metropolitan Borough Council", 0)
    P(d, "Minutes of the meeting of the Executive held at the Town Hall, Ravensholt, on Wednesday 16 June 2027 at 2.00 pm")
    P(d, "Present: Councillor A. Haworth (Leader, in the Chair); Councillors B. Chaudhry, M. Ellison, K. Fairbrother, S. Ogunleye and T. Rimmer.")
    P(d, "Officers: J. Latham (Strategic Director, Children's Services), R. Osei (Head of SEND and Inclusion), P. Grimshaw (Democratic Services).")
    P(d, "EXTRACT: MINUTE 47 ONLY", bold_lead="")
    H(d, "47. Hollin Bank School: determination of the proposal to discontinue the school")
    P(d, "The Executive considered the report of the Strategic Director, Children's Services (agenda item 9), which asked it to determine the statutory proposal, published on 29 March 2027, to discontinue Hollin Bank School, a community special school for 38 pupils aged 11 to 16 with social, emotional and mental health needs, with effect from 31 August 2028. No objections had been received during the representation period other than the eleven representations summarised at Appendix 3 of the report.")
    P(d, "Councillor Chaudhry, Executive Member for Children and Young People, introduced the report. The Head of SEND and Inclusion drew members' attention to the following points set out in the report:")
    N(d, "Pupils at Fairmead School would have access from September 2028 to two new science laboratories, a construction and motor-vehicle workshop and a music studio, enabling GCSE science, BTEC Level 1 Construction and Level 2 Music Technology; the proposal delivered action 4 of the Council's Accessibility Strategy 2024-2027 (access to the full curriculum for pupils with SEND) (report, paragraph 6.1).")
    N(d, "A full-time educational psychologist and a speech and language therapist three days a week would be based at Fairmead, together with a CAMHS Getting Help worker two days a week; Fairmead's outreach team (2.0 FTE) would support mainstream secondary schools (paragraph 6.2).")
    N(d, "A new teaching block at Fairmead of 1,150 m², with eight classrooms, the laboratories, workshop and studio, would be completed by 30 June 2028 at a cost of £5.1 million (paragraph 6.3).")
    N(d, "SEMH special school places in the borough would rise from 88 (Hollin Bank 38, Fairmead 50) to 96 from September 2028: Fairmead would have 84 places and the SEMH resource base at Castle Vale Academy 12 places (paragraph 6.4 and Table 2).")
    N(d, "A written statement of the proposal had been sent on 12 January 2027 to the governing bodies of Hollin Bank and Fairmead, the Castle Vale Academy trust board, all special and secondary headteachers in the borough and the Ravensholt Pupil Referral Service management committee, inviting each to set out its views in writing; nineteen written replies were received and are set out at Appendix 2 (paragraph 7.1).")
    N(d, "Of the 34 pupils expected to be on roll in July 2028, 24 would transfer to Fairmead School and 10 in Years 7 and 8 would transfer to the new SEMH resource base at Castle Vale Academy; no pupil would be placed in the Pupil Referral Service. The governing body of Fairmead had confirmed in writing on 3 March 2027 that it was willing to receive the pupils (Appendix 4). The board of the Castle Vale Learning Trust had indicated its agreement at a meeting with officers on 20 April 2027 (paragraph 8.2).")
    N(d, "Transport would be provided under the Council's Home to School Transport Policy for Pupils with SEND (2026) by minibus with a passenger assistant, with no journey longer than 45 minutes (paragraph 9.1).")
    N(d, "The £5.1 million capital cost would be met from the High Needs Provision Capital Allocation already received by the Council; revenue would be met from the High Needs Block at £10,000 place funding and an average top-up of £19,800 per place. Fairmead's staffing would rise to 14.0 FTE teachers and 21.0 FTE teaching assistants, and the Castle Vale base would have 2.0 FTE teachers and 3.0 FTE teaching assistants (paragraphs 10.1-10.3).")
    P(d, "In answer to a question from Councillor Rimmer, the Head of SEND and Inclusion confirmed that each pupil's EHC plan would be amended to name Fairmead or Castle Vale Academy during the spring term 2028.")
    P(d, "Councillor Ellison asked that families be kept informed of the building programme at Fairmead. The Strategic Director agreed that monthly updates would be sent.")
    P(d, "RESOLVED that:", bold_lead="")
    P(d, "(1) the proposal to discontinue Hollin Bank School with effect from 31 August 2028 be approved;")
    P(d, "(2) the transfer arrangements for pupils set out in section 8 of the report be approved;")
    P(d, "(3) the Strategic Director, Children's Services, be authorised to enter into the building contract for the Fairmead teaching block.")
    P(d, "Reason for decision: to improve provision for pupils with SEMH needs in the borough, as set out in the report.")
    P(d, "Alternative options considered and rejected: as set out in section 5 of the report.")
    P(d, "Declarations of interest: none.")
    P(d, "Chair ............................................   Date ....................")
    return d

# ---------------------------------------------------------------- 36
@doc("36-cabinet-report-options-appraisal-enlarge-foxglove-school")
def d36():
    d = new()
    d.add_heading("Hensworth Borough Council", 0)
    P(d, "Cabinet, 12 October 2027. Agenda item 7.")
    P(d, "Additional special school places for pupils with severe and profound and multiple learning difficulties: enlargement of Foxglove School", bold_lead="Subject:")
    P(d, "Executive Director of People", bold_lead="Report of:")
    P(d, "Open; key decision", bold_lead="Status:")
    H(d, "1. Summary")
    P(d, "1.1 Foxglove School is the borough's community special school for pupils aged 2 to 19 with severe learning difficulties (SLD) and profound and multiple learning difficulties (PMLD). It has 70 places and 78 pupils on roll in October 2027, and has admitted above its number for three years. This report appraises three options for meeting the demand and recommends Option 3: an extension that takes the school to 94 places from September 2029.")
    H(d, "2. Recommendations")
    P(d, "2.1 That Cabinet approves the publication of a statutory proposal to enlarge Foxglove School from 70 to 94 places from 1 September 2029 (Option 3).")
    P(d, "2.2 That Cabinet recommends to Council the inclusion of the scheme in the 2028-29 capital programme.")
    H(d, "3. Demand")
    T(d, [["Year (January census)", "Hensworth pupils with SLD or PMLD as primary need in special schools", "Of whom placed outside the borough"],
          ["2025", "81", "6"], ["2026", "88", "9"], ["2027", "94", "14"], ["2029 (forecast)", "103", "—"]])
    H(d, "4. Options appraisal")
    H(d, "Option 1: Do nothing", 2)
    P(d, "4.1 Continue to admit above the school's number and buy places outside the borough. Rejected: the school is overcrowded and out-of-borough places cost on average £61,000 a year each.")
    H(d, "Option 2: Move the post-16 department to Hensworth College", 2)
    P(d, "4.2 Relocate Foxglove's post-16 department to the supported learning department of Hensworth College, freeing three classrooms for younger pupils. The 12 students now in the post-16 department would be displaced and would be offered places at the College's supported learning department, which has said it could take them. Capital cost about £600,000. Rejected: the College does not have changing and hygiene facilities for students with PMLD, and students would lose continuity of staff at a vulnerable age.")
    H(d, "Option 3: Extend Foxglove School on its own site (recommended)", 2)
    P(d, "4.3 Build a new single-storey wing on the school's former staff car park, taking the school to 94 places. No pupil will need to move: all current pupils, including the post-16 students, remain at Foxglove throughout the works, which will be carried out behind a site hoarding with a separate contractor's entrance.")
    T(d, [["Criterion", "Option 1", "Option 2", "Option 3"],
          ["Additional places", "0", "12 (for younger pupils)", "24"],
          ["Pupils displaced", "0", "12", "0"],
          ["Capital cost", "£0", "£0.6m", "£3.4m"],
          ["Meets forecast demand to 2030", "No", "No", "Yes"],
          ["Recommended", "No", "No", "Yes"]])
    H(d, "5. Benefits of the recommended option")
    P(d, "5.1 Curriculum and facilities. The new wing will include a hydrotherapy pool, a rebound therapy room and a sensory studio, so that every pupil with PMLD has hydrotherapy and rebound sessions weekly, instead of fortnightly trips to a pool in Calverley. Post-16 students will gain a life skills flat for their ASDAN Personal Progress courses. The scheme supports objective 1 of the Council's Accessibility Strategy 2026-2029 (access to the curriculum and to physical activity for disabled pupils).")
    P(d, "5.2 Specialist staff. The physiotherapy service of Hensworth Community Health will base a physiotherapist at Foxglove four days a week (now two), and the Council will fund a second school nurse (1.0 FTE) from September 2029. A hydrotherapy-trained instructor (0.8 FTE) will be appointed.")
    P(d, "5.3 Accommodation. The wing will be 1,050 m², with four classrooms of 70 m² each with an adjoining hygiene room, the hydrotherapy pool, the rebound therapy room, the sensory studio and the life skills flat, to be completed in July 2029.")
    T(d, [["Foxglove School", "Places now", "Places from September 2029"],
          ["Early years and primary", "36", "48"],
          ["Secondary", "22", "30"],
          ["Post-16", "12", "16"],
          ["Total", "70", "94"]])
    P(d, "5.4 Places. As the table shows, the school will grow from 70 to 94 places, for pupils with SLD and PMLD.")
    H(d, "6. Consultation")
    P(d, "6.1 On 6 September 2027 officers sent a written statement of the three options to the governing body of Foxglove School, the Hensworth College governing body, the other special schools and all primary and secondary schools in the borough, inviting their views in writing by 4 October 2027. Sixteen replies were received and are at Appendix A; all supported Option 3 and the College said it preferred it to Option 2.")
    H(d, "7. Transport")
    P(d, "7.1 The additional pupils will be eligible for transport under the Council's Home to School Transport Policy for Children with SEND and Disabilities (2025). They will travel by wheelchair-accessible minibus with a passenger assistant, on routes of no more than 45 minutes. A drop-off loop for eight vehicles forms part of the scheme.")
    H(d, "8. Financial implications")
    P(d, "8.1 The capital cost of Option 3 is estimated at £3.4 million, to be funded from the Council's capital programme, subject to Council approving the 2028-29 capital programme in February 2028. A bid for £1.5 million of this from the High Needs Provision Capital Allocation will be made when the DfE announces allocations.")
    P(d, "8.2 The revenue cost of the 24 additional places is £624,000 a year from the High Needs Block (£10,000 place funding and an average top-up of £16,000), offset by a reduction in out-of-borough placements.")
    H(d, "9. Staffing")
    P(d, "9.1 Foxglove will add four class teachers (4.0 FTE), twelve teaching assistants (12.0 FTE), the hydrotherapy instructor (0.8 FTE) and the school nurse (1.0 FTE), keeping the school's ratio of one teacher and three assistants to each class of six.")
    H(d, "10. Risks")
    P(d, "10.1 If the capital programme is not approved in February 2028 the scheme would be delayed by at least a year.")
    P(d, "Background papers: SEND Sufficiency Plan 2026-2030; Appendix A, written responses.")
    return d

# ---------------------------------------------------------------- 41
@doc("41-statutory-proposal-discontinue-sandpiper-school")
def d41():
    d = new()
    d.add_heading("Carrow Vale Council", 0)
    P(d, "Statutory proposal to discontinue Sandpiper School and to make a prescribed alteration to Redwell School", bold_lead="")
    P(d, "Published under sections 15 and 19 of the Education and Inspections Act 2006 on 7 June 2027.")
    H(d, "Section A: Contact details and the schools")
    P(d, "A1. The proposer is Carrow Vale Council, Civic Offices, Quayside, Carrow Vale CV2 1DE. Contact: Naomi Brightwell, Place Planning Lead (place.planning@carrowvale.example.gov.uk).")
    P(d, "A2. Sandpiper School, Marsh Road, Carrow Vale CV4 6SP, is a community special school for 45 pupils aged 11 to 16 with social, emotional and mental health (SEMH) needs (formerly designated for behavioural, emotional and social difficulties).")
    P(d, "A3. Redwell School, Redwell Lane, Carrow Vale CV5 2RW, is a community special school for pupils aged 11 to 16 with SEMH needs, with 60 places.")
    H(d, "Section B: The proposal and implementation")
    P(d, "B1. Sandpiper School will be discontinued on 31 August 2028.")
    P(d, "B2. Redwell School will be enlarged from 60 to 110 places with effect from 1 September 2028, in a new teaching block.")
    H(d, "Section C: Reasons")
    P(d, "C1. Sandpiper's buildings, a former secondary modern school, are too large, in poor condition and cannot be adapted at reasonable cost. Outcomes at Key Stage 4 have been below those of Redwell for five years. Bringing SEMH provision together on one modern site will allow a broader curriculum and a stronger specialist team.")
    H(d, "Section D: SEN improvement")
    P(d, "D1. Access to education. Pupils at Redwell will have access to two science laboratories, a motor-vehicle workshop, a hair and beauty salon and a music recording studio, with GCSE science, BTEC Level 1 and 2 Vehicle Maintenance and VTCT Hair and Beauty courses. The new block meets the standards of the Council's Accessibility Strategy 2025-2028 (priority 1: access to the full curriculum for disabled pupils).")
    P(d, "D2. Access to specialist staff. The enlarged Redwell will have a full-time clinical psychologist, a speech and language therapist three days a week, a CAMHS practitioner two days a week and an outreach team of 2.0 FTE specialist teachers.")
    P(d, "D3. Accommodation. The new block (1,480 m²) has ten classrooms, the specialist rooms above, four therapy rooms and a sports hall, at a cost of £6.9 million, to be complete by 31 July 2028.")
    P(d, "D4. Places.")
    T(d, [["SEMH special school places", "2027-28", "2028-29"],
          ["Sandpiper School", "45", "0"],
          ["Redwell School", "60", "110"],
          ["Total in Carrow Vale", "105", "110"]])
    H(d, "Section E: Arrangements for displaced pupils")
    P(d, "E1. Pupils on the roll of Sandpiper in July 2028 who will then be in Years 7 to 9 (forecast 24 pupils) will transfer to Redwell School on 1 September 2028. Redwell's governing body confirmed in writing on 12 May 2027 that it is willing to admit them and will have the facilities described in Section D.")
    P(d, "E2. Pupils who will be in Years 10 and 11 in September 2028 (forecast 14 pupils) will transfer on 1 September 2028 to the Compass Centre (Carrow Vale's Key Stage 4 pupil referral unit, Dock Street), so that they are not moved into a much larger school during their examination courses.")
    P(d, "E3. Pupils who move to the Compass Centre will complete their education there, with courses leading to GCSE English and maths and a vocational qualification, and a careers adviser one day a week. Their EHC plans will be amended to name the Compass Centre.")
    H(d, "Section F: Consultation")
    P(d, "F1. On 11 January 2027 the Council sent a written statement of the proposal to the governing bodies of Sandpiper and Redwell, the management committee of the Compass Centre, every special and secondary school and academy in Carrow Vale and Carrow Vale College, inviting each of them to set out its views in writing on the new pattern of provision. Seventeen written responses were received (Annex 1).")
    H(d, "Section G: Transport")
    P(d, "G1. Eligible pupils will receive transport under the Council's Home to School Transport Policy for Children and Young People with Special Educational Needs and Disabilities (2026), by minibus with a passenger assistant, with journeys of no more than 45 minutes to Redwell or to the Compass Centre.")
    H(d, "Section H: Funding and staffing")
    P(d, "H1. Capital of £6.9 million comes from the High Needs Provision Capital Allocation (£5.4 million, received) and the Council's capital programme 2027-2030 (£1.5 million, approved by Council on 23 February 2027).")
    P(d, "H2. Revenue: £10,000 place funding and an average top-up of £20,000 per pupil at Redwell from the High Needs Block; Sandpiper's delegated budget of £1.35 million a year is released.")
    P(d, "H3. Staffing at Redwell from September 2028: headteacher, two deputy headteachers, 16.0 FTE teachers, 25.0 FTE teaching assistants and the specialist posts in D2. The Compass Centre will take on two Sandpiper teachers (2.0 FTE) for the Year 10 and 11 group.")
    H(d, "Section I: Objections and comments")
    P(d, "I1. Within four weeks from the date of publication, any person may object to or comment on the proposal by writing to the contact in A1.")
    return d

# ---------------------------------------------------------------- 46
@doc("46-consultation-close-lowfield-site-hawksmoor-school")
def d46():
    d = new()
    d.add_heading("Tennant Shire Council", 0)
    d.add_heading("Consultation on closing the Lowfield site of Hawksmoor School", 1)
    P(d, "Consultation period: 1 March to 12 April 2027. Please respond using the form at the end of this document.")
    H(d, "Summary")
    B(d, ["Hawksmoor School is a special school for pupils aged 8 to 16 with social, emotional and mental health (SEMH) needs, on two sites: the Kingsway site in Tennant (60 places) and the Lowfield site in Burrow Green (30 places), 11 miles apart.",
          "We propose to close the Lowfield site on 31 August 2028 and to teach all Hawksmoor pupils at an improved Kingsway site.",
          "Every Lowfield pupil will keep a place at Hawksmoor School and move to the Kingsway site. No pupil will be placed in a pupil referral unit.",
          "Hawksmoor would have 78 places from September 2028."])
    H(d, "Why we are proposing this")
    N(d, "The Lowfield site is a former village primary school, leased from the Burrow Green Trust until August 2028. The Trust has told the Council that it will not renew the lease.")
    N(d, "Running two sites means pupils at Lowfield cannot use the Kingsway site's specialist rooms, and staff spend time travelling between sites.")
    H(d, "What pupils would gain")
    N(d, "Curriculum and facilities: all pupils would have the Kingsway site's science laboratory, design and technology workshop and sports hall, and a new food technology room and art room. Key Stage 4 pupils now at Lowfield would be able to take GCSE combined science and BTEC Level 1 and 2 in Sport, which Lowfield cannot offer. The proposal supports priority 2 of the Council's Accessibility Strategy 2025-2028 (access to the curriculum).")
    N(d, "Specialist staff: with one site, the school's clinical psychologist (0.8 FTE) and speech and language therapist (two days a week) would be available to every pupil every day they work, instead of splitting their time between sites; a CAMHS practitioner would be based at Kingsway two days a week from September 2028.")
    N(d, "Accommodation: a new single-storey block at Kingsway of 520 m², with four classrooms, the food technology room, the art room and two calm rooms, at a cost of £2.6 million, ready by 31 July 2028.")
    H(d, "Places")
    T(d, [["SEMH special school places", "2027-28", "From September 2028"],
          ["Hawksmoor School, Kingsway site", "60", "78"],
          ["Hawksmoor School, Lowfield site", "30", "0"],
          ["Hawksmoor School total", "90", "78"],
          ["Other SEMH special schools in Tennant Shire (Thornwick School)", "40", "40"],
          ["Total SEMH special school places in Tennant Shire", "130", "118"]])
    N(d, "The reduction reflects the space available at Kingsway. The 30 Lowfield pupils expected in July 2028 will have fallen to 18 by then, as older pupils leave, and all of them will be accommodated.")
    H(d, "What happens to Lowfield pupils")
    N(d, "All pupils on the Lowfield roll in July 2028 stay on the roll of Hawksmoor School and move to the Kingsway site on 4 September 2028. None will be placed in a pupil referral unit or moved to another school.")
    H(d, "Transport")
    N(d, "Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND (2026) will travel to Kingsway by minibus with a passenger assistant. The longest journey, from Burrow Green, will be about 35 minutes.")
    H(d, "Funding and staffing")
    N(d, "The £2.6 million building cost will be met from the High Needs Provision Capital Allocation (£2.6 million, received in 2025-26). Revenue for 78 places will be met from the High Needs Block at £10,000 place funding and an average top-up of £19,000 per pupil.")
    N(d, "Hawksmoor's staffing from September 2028 will be a headteacher, a deputy headteacher, 11.0 FTE teachers, 17.0 FTE teaching assistants, the clinical psychologist (0.8 FTE) and the speech and language therapist (0.4 FTE). Lowfield staff will move to Kingsway.")
    H(d, "Who we have asked")
    N(d, "On 1 March 2027 the Council sent a written statement of this proposal to the governing body of Hawksmoor School, the governing body of Thornwick School, the management committee of the Tennant Shire Pupil Referral Unit, and every primary, secondary and special school in the county, inviting each to set out its views in writing by 12 April 2027.")
    H(d, "Response form")
    T(d, [["Question", "Your answer"],
          ["Are you a parent/carer, pupil, member of staff, school or other provider, or other?", ""],
          ["Do you agree with the proposal to close the Lowfield site? (strongly agree / agree / neither / disagree / strongly disagree)", ""],
          ["Please tell us why", ""],
          ["Any other comments", ""]])
    P(d, "Return to: School Organisation Team, Tennant Shire Council, Shire Hall, Tennant TS1 4AA, or schoolorg@tennantshire.example.gov.uk, by 12 April 2027.")
    return d

# ---------------------------------------------------------------- 49
@doc("49-governing-body-proposal-enlarge-willowbrook-language-base")
def d49():
    d = new()
    d.add_heading("Willowbrook Church of England (Voluntary Aided) Primary School", 0)
    d.add_heading("Proposal by the Governing Body to enlarge the Language Resource Base", 1)
    P(d, "Published with the agreement of Dunsford County Council and the Diocese of Oxley on 10 May 2027.")
    H(d, "Part 1: The proposal")
    N(d, "The Governing Body of Willowbrook Church of England (Voluntary Aided) Primary School, School Lane, Willowbrook, Dunsford DF8 3PL, proposes to increase the number of places in the school's Language Resource Base for pupils with speech, language and communication needs (SLCN) from 10 to 16, with effect from 1 September 2028.")
    N(d, "The base admits pupils aged 5 to 11 with an EHC plan whose primary need is SLCN. The school's mainstream admission number of 30 is unchanged.")
    N(d, "All current pupils will remain at the school. The enlargement adds places and nobody will have to leave the base or the school.")
    H(d, "Part 2: Why the Governing Body is making this proposal")
    N(d, "Dunsford has 34 primary SLCN resource base places, and 43 primary-age children had SLCN as their primary need and a resource base named or requested in January 2027. Nine were placed in special schools because no base place was free.")
    T(d, [["Primary SLCN resource base places in Dunsford", "Now", "From 1 September 2028"],
          ["Willowbrook CE Primary", "10", "16"],
          ["Hartfield Primary", "12", "12"],
          ["St Oswin's Catholic Primary", "12", "12"],
          ["Total", "34", "40"]])
    H(d, "Part 3: What pupils will gain")
    N(d, "Access to education. Pupils in the base will have a daily structured language programme (the Nuffield Dyspraxia Programme and Colourful Semantics), and a new communication-friendly classroom with a visual timetable system and a sound-field system will let them spend more of the day in their mainstream classes. A lunchtime Lego therapy club and a weekly drama group led by the base staff will be open to base pupils and their classmates. The proposal supports priority 1 of Dunsford County Council's Accessibility Strategy 2026-2029 (increasing disabled pupils' participation in the curriculum).")
    N(d, "Access to specialist staff. The NHS speech and language therapist's time in the base will rise from two to three days a week, and a speech and language therapy assistant (0.6 FTE) will be employed by the school. The County's Specialist Teaching Service will give the base a specialist teacher for one afternoon a week to train mainstream staff.")
    N(d, "Accommodation. A second base classroom (54 m²) and a therapy room (12 m²) will be created by converting the school's former library, at a cost of £185,000, ready by 31 July 2028.")
    H(d, "Part 4: Consultation with providers")
    N(d, "On 18 January 2027 the Governing Body sent a written statement of the proposal to Dunsford County Council, the Diocese of Oxley, the governing bodies of Hartfield Primary and St Oswin's Catholic Primary, all primary schools in the Willowbrook and Oxley Vale partnerships and the NHS Dunsford Children's Speech and Language Therapy Service, inviting each to set out its views in writing. Eleven written replies were received, all supportive; they are available from the Clerk to the Governing Body.")
    H(d, "Part 5: Transport")
    N(d, "Pupils will be eligible for travel assistance under Dunsford County Council's Home to School Transport Policy for Children and Young People with SEND (2026). Most base pupils travel by shared taxi with a passenger assistant; journeys are planned to take no more than 40 minutes.")
    H(d, "Part 6: Funding and staffing")
    N(d, "Capital: £185,000 from Dunsford County Council's High Needs Provision Capital Allocation 2026-27, agreed by the Council's Cabinet on 15 March 2027. The Governing Body's 10% contribution as a voluntary aided school (£18,500) will come from the school's devolved formula capital, which the Diocese has confirmed.")
    N(d, "Revenue: 16 places at £10,000 place funding plus a top-up of £8,500 per pupil from the High Needs Block, £296,000 a year, included in the Council's High Needs budget for 2028-29.")
    N(d, "Staffing: the base will have a teacher in charge (1.0 FTE), a second teacher (0.5 FTE, new), three teaching assistants (3.0 FTE, one new) and the speech and language therapy assistant (0.6 FTE, new).")
    H(d, "Part 7: Objections and comments")
    N(d, "Within four weeks of the date of publication, any person may object to or comment on the proposal by writing to the Clerk to the Governing Body at the school address.")
    P(d, "Signed: Revd Catherine Oduya, Chair of Governors")
    return d


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: build_docx_b.py OUTPUT_FOLDER")
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for name, fn in sorted(DOCS.items()):
        path = os.path.join(out, name + ".docx")
        save(fn(), path)
        print("wrote", path)


if __name__ == "__main__":
    main(sys.argv)
