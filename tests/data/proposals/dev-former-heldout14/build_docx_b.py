"""Build the Word documents of blind corpus heldout14, documents 28, 32, 37, 41, 45 and 47.

Usage: python build_docx_b.py [OUTPUT_FOLDER]   (default: this script's folder)
"""
import os
import sys

from docx import Document
from docx.shared import Pt


def build(path, blocks):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for kind, *rest in blocks:
        if kind == "title":
            doc.add_heading(rest[0], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(rest[0], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "bold":
            para = doc.add_paragraph()
            para.add_run(rest[0]).bold = True
        elif kind == "n":
            doc.add_paragraph(rest[0], style="List Number")
        elif kind == "b":
            doc.add_paragraph(rest[0], style="List Bullet")
        elif kind == "t":
            rows = rest[0]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = val
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(path)


DOCS = {}

# ---------------------------------------------------------------- 28
DOCS["28-cabinet-report-close-hollins-lane-school.docx"] = [
    ("title", "Kirkby Moorside Metropolitan Borough Council"),
    ("bold", "Cabinet, 9 December 2026 — Agenda item 7"),
    ("h1", "Future of Hollins Lane School: options appraisal and recommendation to publish proposals"),
    ("t", [["Report of", "Strategic Director, Children and Young People (Andrea Kowalczyk)"],
           ["Portfolio", "Cllr Martin Sowerby, Education and Skills"],
           ["Key decision", "Yes"],
           ["Appendices", "A: pupil data; B: provider responses; C: letters from receiving providers; D: equality impact assessment"]]),
    ("h2", "1. Purpose of the report"),
    ("p", "1.1 To set out the options for Hollins Lane School, a community special school for pupils aged 11-16 with social, emotional and mental health (SEMH) needs, and to recommend that Cabinet authorises publication of a proposal to close the school on 31 August 2027."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That Cabinet approves Option 3 and authorises the Strategic Director to publish a statutory proposal to discontinue Hollins Lane School with effect from 31 August 2027."),
    ("h2", "3. Background"),
    ("p", "3.1 Hollins Lane was judged inadequate by Ofsted in March 2026. It has 29 pupils on roll. An interim executive board has been in place since May 2026. The building is a 1970s former adult education centre in poor condition."),
    ("p", "3.2 Castleton School, the borough's other SEMH special school (11-16), is judged good and has room for more pupils."),
    ("h2", "4. Options considered"),
    ("t", [["Option", "Description", "Assessment"],
           ["1", "Retain Hollins Lane and invest £2.6m in its building", "Rejected: does not address the school's quality or its falling roll"],
           ["2", "Close Hollins Lane and seek places in neighbouring authorities' schools", "Rejected: we would only hope to find places; journeys of over an hour"],
           ["3", "Close Hollins Lane; Years 8-9 to Castleton School; Years 10-11 to complete Key Stage 4 at the Beacon", "Recommended"]]),
    ("h2", "5. The recommended option in detail"),
    ("p", "5.1 Pupils who will be in Years 8 and 9 in 2027-28 (17 pupils) will transfer to Castleton School on 1 September 2027. Castleton's governing body has confirmed in writing (letter of 19 October 2026, Appendix C) that it will admit them."),
    ("p", "5.2 Pupils who will be in Years 10 and 11 in 2027-28 (12 pupils) will complete their Key Stage 4 programmes at the Beacon (the borough's short stay school, registered with the Department for Education as its pupil referral unit), at its Moor Road site, where a Hollins Lane-style small-group programme will run. This avoids a second change of school in the middle of their GCSE courses. The Beacon's headteacher has agreed to take the group."),
    ("p", "5.3 Each pupil's EHC plan will be amended before 31 March 2027 to name Castleton School or the Beacon, as above. The Year 10 pupils will remain at the Beacon until they finish Year 11 in July 2029."),
    ("h2", "6. Benefits"),
    ("p", "6.1 Curriculum. Castleton offers GCSE English, maths, science, art and PE, and Level 1 and 2 vocational awards in construction and hair and beauty. At the Beacon, older pupils will follow GCSE English and maths with BTEC Level 1 Vocational Studies and a supported work placement. The proposal supports the Council's Accessibility Strategy 2025-2028 (priority 2: broader curriculum routes for pupils with SEND)."),
    ("p", "6.2 Specialist staff. Castleton has an educational psychologist one day a week, a speech and language therapist two days a week and a full-time mental health practitioner funded by the ICB. The Beacon's pupils have access to the Youth Offending Service health worker weekly."),
    ("p", "6.3 Accommodation. Pupils will be taught in accommodation better suited to their needs than the Hollins Lane building."),
    ("p", "6.4 Places. The proposal will give the borough a better supply of good-quality SEMH places."),
    ("h2", "7. Consultation with providers"),
    ("p", "7.1 On 1 July 2026 the Council sent a written statement of the proposed pattern of SEMH provision to the governing bodies of Hollins Lane and Castleton, the management committee of the Beacon, all secondary schools and academies in the borough and the two neighbouring authorities, inviting each to give its views in writing by 30 September 2026. The 15 written responses are summarised in Appendix B."),
    ("h2", "8. Transport"),
    ("p", "8.1 Transport will be provided under the Council's SEND Home to School Transport Policy 2026. Castleton pupils will travel on the school's contracted minibus routes with a passenger assistant; the Beacon pupils by taxi with a passenger assistant. No journey will exceed 45 minutes."),
    ("h2", "9. Financial implications"),
    ("p", "9.1 No capital expenditure is required. Castleton's place funding rises by £170,000 a year and the Beacon's by £204,000 a year. Both are met from the High Needs Block within the sums released by closing Hollins Lane (£780,000)."),
    ("h2", "10. Staffing"),
    ("p", "10.1 Castleton will appoint 2.0 FTE teachers and 3.0 FTE teaching assistants. The Beacon will appoint 1.0 FTE teacher and 2.0 FTE teaching assistants for the Key Stage 4 group. Hollins Lane staff will be considered for these posts through the Council's redeployment procedure."),
    ("h2", "11. Next steps"),
    ("p", "11.1 Publication of the proposal: 6 January 2027. Representation period ends: 3 February 2027. Decision: Cabinet, 10 March 2027."),
]

# ---------------------------------------------------------------- 32
DOCS["32-consultation-close-fernhill-school.docx"] = [
    ("title", "Consultation: the future of Fernhill School"),
    ("p", "Wexcombe Council — Children's Services. Consultation from 16 November 2026 to 11 January 2027."),
    ("h1", "Summary"),
    ("p", "The Council proposes to close Fernhill School, a special school for 36 pupils aged 11-16 with social, emotional and mental health needs, on 31 August 2027, and to open 48 places at a new SEMH special free school, Marlpit Academy, run by the Southdown Inclusion Trust, which will open in September 2027 in Year 8 and Year 10 and grow to full size by September 2029."),
    ("h1", "Why we are consulting"),
    ("p", "Fernhill's building is no longer safe to occupy beyond summer 2027: a structural survey in June 2026 found RAAC in the roof of the main teaching block. The Department for Education has approved Marlpit Academy as a special free school, on the former Wexcombe Adult Learning Centre site."),
    ("h1", "What would happen to Fernhill pupils?"),
    ("t", [["Year group in September 2027", "Pupils", "Where they would go"],
           ["Year 11", "6", "Ashdown School (SEMH special, Wexcombe), which has confirmed in writing that it will admit them"],
           ["Years 8 and 10", "9", "Marlpit Academy, which has confirmed in writing that it will admit them"],
           ["Years 9 and 11 (Marlpit is not yet open to these years)", "11", "the Orchard Centre until a place becomes available at Marlpit Academy or Ashdown School"]]),
    ("p", "The Orchard Centre is the Council's pupil referral unit for Key Stage 3 and 4. Pupils there will follow a curriculum planned with Marlpit staff."),
    ("h1", "Benefits"),
    ("b", "Marlpit Academy will offer GCSEs in English, maths, combined science, geography and computer science, a Level 2 Certificate in Sport Leadership and an on-site climbing wall and forest area. This supports objective 4 of the Council's Accessibility Strategy 2024-2027."),
    ("b", "Marlpit will employ a speech and language therapist (0.8 FTE), a clinical psychologist (0.5 FTE) and a family support worker (1.0 FTE)."),
    ("b", "The Marlpit site is being refurbished to provide ten classrooms, a science laboratory, a food room, a sports hall and three calm rooms, at a cost of £6.1 million."),
    ("b", "SEMH special school places for secondary pupils in Wexcombe will rise from 96 (Fernhill 36, Ashdown 60) to 108 (Ashdown 60, Marlpit 48) by September 2029."),
    ("h1", "Views of other schools and providers"),
    ("p", "On 8 October 2026 the Council wrote to the governing bodies of Fernhill and Ashdown, to the Southdown Inclusion Trust, to the Orchard Centre's management committee and to all secondary schools, setting out the proposed pattern of SEMH provision and inviting written views. Their replies are published alongside this document."),
    ("h1", "Transport"),
    ("p", "All Fernhill pupils receive transport under the Council's Home to School Transport Policy for SEND 2026 and will continue to do so: contracted minibus routes with a passenger assistant, with journeys of no more than 50 minutes to any of the three sites."),
    ("h1", "Funding and staffing"),
    ("p", "The refurbishment of the Marlpit site is funded by the DfE free schools capital programme (£6.1 million, confirmed in the funding agreement of 2 September 2026). Place funding of £10,000 a place for Marlpit and Ashdown, and £15,000 a place at the Orchard Centre, comes from the High Needs Block."),
    ("p", "Marlpit will open with a principal, 5.0 FTE teachers and 7.0 FTE teaching assistants, rising to 8.0 FTE teachers and 12.0 FTE teaching assistants by 2029. The Orchard Centre will add 2.0 FTE teachers and 2.0 FTE teaching assistants while Fernhill pupils attend."),
    ("h1", "Response form"),
    ("t", [["Question", "Response"],
           ["Do you agree with the proposal to close Fernhill School?", "Yes / No / Don't know"],
           ["Please tell us why", ""],
           ["Your connection with Fernhill", "Parent / Pupil / Staff / Governor / Other"]]),
    ("p", "Return to: SEND Sufficiency Team, Wexcombe Council, Market House, Wexcombe WX1 2AB, by 11 January 2027."),
]

# ---------------------------------------------------------------- 37
DOCS["37-cabinet-report-close-greenacre-school.docx"] = [
    ("title", "Seabrook City Council"),
    ("bold", "Report to Cabinet — 16 December 2026"),
    ("h1", "Greenacre School: decision on statutory proposals"),
    ("p", "Report of: Director of Education (Nadia Farouk). Cabinet member: Cllr Ben Tresize. Key decision: yes."),
    ("h2", "Recommendation"),
    ("n", "That Cabinet approves the proposal, published on 8 October 2026, to discontinue Greenacre School, a community special school for 32 pupils aged 11-16 with social, emotional and mental health needs, on 31 August 2027."),
    ("h2", "Background"),
    ("n", "Greenacre shares its site with a secondary academy that needs the land. The Seabrook Learning Trust is opening Harbour View School, a special free school for 80 pupils aged 11-16 with SEMH needs, on 1 September 2027. Harbour View's permanent building at Quayside will open on 1 November 2027, after the October half term."),
    ("h2", "Pupils"),
    ("n", "All 24 Greenacre pupils who will be in Years 8-11 in September 2027 have been offered, and their families have accepted, places at Harbour View School. The Seabrook Learning Trust has confirmed in writing (letter of 14 September 2026, Appendix 2) that it will admit every one of them from 1 September 2027."),
    ("n", "From 2 September 2027 until the Quayside building opens on 1 November 2027, Harbour View's first pupils, including the former Greenacre pupils, will be taught by Harbour View staff in four classrooms leased at the Lantern Centre (Seabrook's pupil referral unit, known locally as the Short Stay School). Pupils will be on Harbour View's roll throughout."),
    ("n", "The use of the Lantern will last no more than eight school weeks. No Greenacre pupil will remain there after 29 October 2027, and no pupil will be admitted to the Lantern's own roll."),
    ("h2", "Benefits"),
    ("n", "Curriculum: Harbour View will offer GCSE English, maths, combined science, art, music and PE, the Level 2 Certificate in Construction and a Duke of Edinburgh's Award programme. Greenacre offers GCSE English and maths only. This contributes to the Council's Accessibility Strategy 2025-2028, action 3.2 (access to a full curriculum in special schools)."),
    ("n", "Staff: Harbour View's therapy team will include a speech and language therapist (1.0 FTE), an occupational therapist (0.4 FTE) and a clinical psychologist (0.6 FTE); the City's SEMH outreach service will be based there."),
    ("n", "Accommodation: the Quayside building has twelve classrooms, a sports hall, a science laboratory, a music room and four calm rooms; it is being built by the Department for Education at a cost of £11.2 million and is due for handover on 15 October 2027."),
    ("n", "Places: SEMH special school places in the city rise from 96 (Greenacre 32, Marsh Road 64) to 144 (Harbour View 80, Marsh Road 64) from September 2027."),
    ("h2", "Views of providers"),
    ("n", "In April 2026 the Council sent a written statement of the proposed changes to SEMH provision to every special school, secondary school and academy trust in Seabrook and to the Lantern Centre management committee, inviting each to put its views in writing. The 19 replies are summarised in Appendix 3; no provider opposed the proposal."),
    ("h2", "Transport"),
    ("n", "Pupils will travel under the City's Home to School Travel Assistance Policy for Children and Young People with SEND (2026), by contracted minibus with a passenger assistant. Journey times are up to 35 minutes to the Lantern and up to 40 minutes to Quayside."),
    ("h2", "Finance and staffing"),
    ("n", "Capital for Quayside is provided by the DfE free schools programme. The Lantern classrooms are leased for £24,000 from the City's High Needs Block. Place funding for Harbour View (80 places at £10,000) and top-ups come from the High Needs Block; Greenacre's budget of £640,000 ceases."),
    ("n", "Harbour View will open with a principal, 7.0 FTE teachers, 10.0 FTE teaching assistants and the therapy posts above, rising to 10.0 FTE teachers at full capacity. Greenacre staff have been guaranteed interviews."),
    ("h2", "Appendices"),
    ("b", "Appendix 1: statutory proposal. Appendix 2: letter from the Seabrook Learning Trust. Appendix 3: provider responses. Appendix 4: equality impact assessment."),
]

# ---------------------------------------------------------------- 41
DOCS["41-trust-proposal-cedar-bank-satellite.docx"] = [
    ("title", "Northfield Learning Trust"),
    ("h1", "Business case: Cedar Bank Academy satellite provision at Wellesley Road"),
    ("p", "Submitted to the Regional Director (East Midlands) as a significant change application, with the support of Haverleigh County Council. Date: 20 November 2026."),
    ("h2", "1. The proposal"),
    ("p", "1.1 Cedar Bank Academy is a special academy for 150 pupils aged 4-19 with moderate learning difficulties and autism. The Trust proposes to open a satellite of the academy in the former Wellesley Road Infant School, two miles from the main site, from 1 September 2027, adding 40 places (capacity 150 to 190)."),
    ("p", "1.2 This is additional provision. No pupil currently at Cedar Bank will be required to move to the satellite; the 40 new places will be filled through the County's EHC plan process."),
    ("h2", "2. Benefits for pupils"),
    ("p", "2.1 The satellite will give pupils improved access to a broad and balanced curriculum and to wider school activities, so that they achieve better outcomes."),
    ("p", "2.2 Pupils will benefit from improved access to specialist staff, including therapists and other professionals, through the Trust's strong partnerships with health colleagues."),
    ("p", "2.3 The Wellesley Road building will provide more suitable accommodation, better suited to the needs of the pupils."),
    ("t", [["Places", "Now", "From September 2027"],
           ["Cedar Bank main site", "150", "150"],
           ["Wellesley Road satellite", "0", "40"],
           ["Total", "150", "190"]]),
    ("h2", "3. Consultation"),
    ("p", "3.1 On 4 May 2026 the Trust sent a written statement describing the proposed satellite to Haverleigh County Council, the governing bodies of all special schools in the County, the primary and secondary schools within three miles of Wellesley Road and the diocesan board, inviting them to set out their views in writing. Fourteen written replies were received; all are attached at Annex 2."),
    ("h2", "4. Transport"),
    ("p", "4.1 Pupils eligible under Haverleigh County Council's Home to School Transport Policy for SEND (2026) will travel by contracted minibus with a passenger assistant; the County has planned three new routes to Wellesley Road with journey times of up to 40 minutes, from September 2027."),
    ("h2", "5. Funding"),
    ("p", "5.1 Refurbishment of Wellesley Road: £1,350,000 from Haverleigh County Council's High Needs Provision Capital Allocation, agreed by the County's Cabinet on 11 June 2026. Place funding: 40 places at £10,000 (£400,000 a year) from the High Needs Block, plus top-ups."),
    ("h2", "6. Staffing"),
    ("p", "6.1 The satellite will be staffed in line with the academy's existing staffing model and led by a member of the Cedar Bank senior leadership team."),
    ("h2", "7. Risks"),
    ("t", [["Risk", "Likelihood", "Mitigation"],
           ["Works overrun", "Medium", "Phased opening: 24 places in September 2027, 16 in January 2028 if needed"],
           ["Recruitment", "Medium", "Early advertising; Trust-wide recruitment campaign"]]),
]

# ---------------------------------------------------------------- 45
DOCS["45-executive-decision-skylark-semh-free-school.docx"] = [
    ("title", "Thamesford Borough Council"),
    ("h1", "Executive Decision Notice: establishment of Skylark School, a new special free school for pupils with SEMH needs"),
    ("t", [["Decision maker", "Cabinet Member for Children and Education, Cllr Harriet Nwosu"],
           ["Date of decision", "3 December 2026"],
           ["Forward Plan reference", "TBC/FP/26/33"],
           ["Report author", "Ian Delacroix, Head of School Organisation"]]),
    ("h2", "Decision"),
    ("p", "1. To confirm the selection of the Thames Valley Children's Trust as the proposer of Skylark School, a special free school for 60 pupils aged 5-16 with social, emotional and mental health needs, under the free school presumption, and to recommend the Trust to the Secretary of State."),
    ("p", "2. To approve the Council's contribution of the former Oldbury Depot site and the funding set out below."),
    ("h2", "Reasons for the decision"),
    ("p", "3. Skylark School is new provision opening on 1 September 2028. No pupil will have to leave a school because of it; places will be offered through the EHC plan process."),
    ("p", "4. Places: Thamesford has 84 SEMH special school places (Riverbank 56, Haydon 28) and sends 51 SEMH pupils to independent and out-of-borough schools. Skylark will add 60 places (24 primary, 36 secondary), giving 144 from September 2028."),
    ("p", "5. Curriculum and facilities: Skylark will have a science laboratory, a design and technology workshop, a food room, a sports hall and a farm garden, and will offer GCSEs in English, maths, science, art and PE, and the Level 1 and 2 Certificates in Land-based Studies. The Trust's plan meets priority 1 of the Council's Accessibility Strategy 2025-2028 (local specialist provision with a full curriculum)."),
    ("p", "6. Specialist staff: the Trust will employ a speech and language therapist (1.0 FTE), an occupational therapist (0.5 FTE) and a clinical psychologist (0.6 FTE); the NHS CAMHS schools link worker will hold a weekly clinic."),
    ("p", "7. Accommodation: a new two-storey building of 14 classrooms, six small-group and calm rooms and a sports hall, on the 2.1-hectare Oldbury Depot site, to be completed by July 2028."),
    ("p", "8. Providers' views: the Council's written statement of 10 March 2026, inviting written views on the proposed pattern of SEMH provision, went to every school and academy trust in Thamesford, Riverbank and Haydon schools, and the independent schools the Council uses. The 22 written replies are in the report of 19 November 2026; Riverbank and Haydon supported the proposal."),
    ("p", "9. Travel: pupils will travel under the Council's SEND Travel Assistance Policy 2026, by contracted minibus or taxi with a passenger assistant, with journeys of no more than 45 minutes; the Oldbury site is central, so most journeys will be shorter than those to current out-of-borough placements."),
    ("p", "10. Funding: the DfE will fund the building through the free schools capital programme (estimated £14.5 million); the Council contributes the site and £850,000 for highways works from its approved 2026-27 capital programme. Revenue: 60 places at £10,000 (£600,000 a year) from the High Needs Block, with top-ups, more than offset by savings on independent placements (estimated £1.9 million a year)."),
    ("p", "11. Staffing: at full capacity, a headteacher, a deputy head, 10.0 FTE teachers, 16.0 FTE teaching assistants, the therapy posts in paragraph 6 and 3.0 FTE administrative and site staff."),
    ("h2", "Alternative options considered and rejected"),
    ("p", "12. Expanding Riverbank School (its site cannot take 60 more pupils); continuing to commission independent places (cost and distance)."),
    ("h2", "Conflicts of interest"),
    ("p", "13. None declared."),
]

# ---------------------------------------------------------------- 47
DOCS["47-cabinet-report-close-brackenfield-school.docx"] = [
    ("title", "Dunholme County Council"),
    ("bold", "CABINET — 14 January 2027"),
    ("h1", "Proposal to close Brackenfield School and transfer its pupils to Stonegate School and Longmoor School"),
    ("p", "Joint report of the Corporate Director of Children and Young People's Services and the Head of SEND Strategy. Electoral divisions affected: Brackenfield; Stonegate; Longmoor."),
    ("h2", "Purpose"),
    ("n", "To seek approval to publish a statutory notice to close Brackenfield School, a community special school for 45 pupils aged 7-16 with behavioural, emotional and social difficulties, on 31 August 2027."),
    ("h2", "Recommendations"),
    ("n", "Cabinet is recommended to (a) approve publication of the statutory notice; (b) approve the capital scheme at Stonegate School described in paragraph 12."),
    ("h2", "Background"),
    ("n", "Brackenfield School has 30 pupils. Its site lies in the flood plain of the River Wear and was flooded in 2019, 2023 and 2025. The Environment Agency has advised that the site cannot be protected at reasonable cost."),
    ("h2", "Arrangements for pupils"),
    ("n", "No pupil will be placed in a pupil referral unit. All 30 pupils will have places from 1 September 2027, as shown in the table at Appendix 1: primary-age pupils at Longmoor School (SEMH special, 5-11) and secondary-age pupils at Stonegate School (SEMH special, 11-16)."),
    ("n", "Both governing bodies have confirmed in writing that they will admit the pupils and have or will have the facilities to teach them (Appendix 2)."),
    ("h2", "Benefits"),
    ("n", "Pupils at Stonegate will gain GCSE science in a new laboratory, GCSE design and technology, and the Level 1 Award in Outdoor Education; pupils at Longmoor will have daily forest school and swimming lessons. These support the County's Accessibility Strategy 2024-2027 (objective 2, access to the curriculum)."),
    ("n", "Specialist staff: Stonegate has a speech and language therapist three days a week and a school counsellor five days a week; Longmoor has an educational psychologist one day a week and a play therapist two days a week."),
    ("n", "A new block at Stonegate with six classrooms, a laboratory and two calm rooms will be completed in July 2027."),
    ("h2", "Consultation"),
    ("n", "A written statement of the proposed pattern of SEMH provision was sent on 6 June 2026 to the governing bodies of Brackenfield, Stonegate and Longmoor, to all schools in the three divisions and to the County's pupil referral service, asking for views in writing. Sixteen written replies were received (Appendix 3)."),
    ("h2", "Transport"),
    ("n", "Home to school transport for the pupils will be provided in accordance with the County Council's Home to School Transport Policy for Children and Young People with Special Educational Needs and Disabilities (2026)."),
    ("h2", "Financial implications"),
    ("n", "The Stonegate block will cost £2,300,000, funded from the County's High Needs Provision Capital Allocation (£1,700,000) and the approved Schools Capital Programme 2026-27 (£600,000). Revenue: place funding for 35 additional places at Stonegate and 16 at Longmoor (£510,000 a year) from the High Needs Block; Brackenfield's budget share (£880,000) ceases."),
    ("h2", "Staffing implications"),
    ("n", "Stonegate will add 3.0 FTE teachers and 5.0 FTE teaching assistants; Longmoor 1.0 FTE teacher and 2.0 FTE teaching assistants. Brackenfield staff will be offered redeployment to these posts."),
    ("h2", "Appendix 1: pupils and places"),
    ("t", [["School", "Need", "Brackenfield pupils received", "Places now", "Places from 1 September 2027"],
           ["Brackenfield", "BESD 7-16", "—", "45", "0 (closed)"],
           ["Stonegate", "SEMH 11-16", "21", "60", "95"],
           ["Longmoor", "SEMH 5-11", "9", "24", "40"],
           ["Total", "", "30", "129", "135"]]),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, blocks in DOCS.items():
        build(os.path.join(out, name), blocks)
        print("wrote", os.path.join(out, name))


if __name__ == "__main__":
    main()
