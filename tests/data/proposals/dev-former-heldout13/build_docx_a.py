#!/usr/bin/env python3
"""Build the six Word documents of blind corpus half A (04, 08, 12, 16, 20, 25).

Usage: build_docx_a.py [OUTPUT_DIR]   (default: this script's folder)
"""
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def new_doc(font="Arial", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def title(d, text, size=16):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(d, text, bold_lead=None, style=None):
    p = d.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
        p.add_run(" " + text)
    else:
        p.add_run(text)
    return p


def num(d, text):
    """An automatically numbered paragraph (Word numbering, continuous)."""
    return d.add_paragraph(text, style="List Number")


def bullet(d, text):
    return d.add_paragraph(text, style="List Bullet")


def table(d, rows, header=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(str(cell))
            if header and i == 0:
                run.bold = True
    d.add_paragraph()
    return t


# ---------------------------------------------------------------- 04
def doc04(out):
    d = new_doc("Calibri", 11)
    title(d, "Elmhurst Primary School: proposed Speech, Language and Communication Resourced Provision")
    para(d, "A consultation by Greyling Metropolitan Borough Council, with the Governing Body of Elmhurst Primary School", style="Subtitle")
    para(d, "Consultation opens: 7 September 2027. Consultation closes: 19 October 2027.")

    d.add_heading("1. Introduction", level=1)
    para(d, "1.1 Greyling Council and the governors of Elmhurst Primary School, Beech Avenue, Greyling GY3 2EP, are asking for your views on a proposal to open a resourced provision (RP) at the school for children aged 4 to 11 whose main need is speech, language and communication (SLCN). Children in the RP would be on the roll of Elmhurst, spend most of the day in their mainstream class and be taught in small groups in the RP for part of each day.")
    para(d, "1.2 The RP would be new provision. It would not replace any school, unit or class, and no child would have to change school because of it. Children would be admitted to it through the EHC needs assessment process.")

    d.add_heading("2. Why we are proposing this", level=1)
    para(d, "2.1 SLCN is the most common primary need among Greyling primary-age children with an EHC plan (31% in January 2027). The borough has one primary SLCN resourced provision, at Northway Primary School, which has been full since 2024. Children who cannot get a place there travel to provision in neighbouring authorities or stay in mainstream classes without the specialist teaching their plans describe.")
    para(d, "2.2 The places the proposal would provide, and how they would be phased in, are set out in the table below.")
    table(d, [
        ["Primary SLCN resourced provision places", "2027-28", "Sept 2028", "Sept 2029"],
        ["Northway Primary School RP", "14", "14", "14"],
        ["Elmhurst Primary School RP (proposed)", "0", "8", "12"],
        ["Total in the borough", "14", "22", "26"],
    ])

    d.add_heading("3. What children would gain", level=1)
    d.add_heading("Learning and facilities", level=2)
    para(d, "3.1 Children in the RP would be taught daily in groups of no more than four, using the Colourful Semantics and Shape Coding approaches, with a weekly Lego-based therapy club and a speech-and-language-rich Forest School afternoon. The RP would have an interactive communication wall, iPads with Proloquo2Go and a listening booth. This would contribute to the priority in Greyling's Accessibility Strategy 2025-2028 to 'improve access to the curriculum for pupils with communication needs in mainstream schools'.")
    d.add_heading("Specialist staff", level=2)
    para(d, "3.2 A specialist teacher for SLCN (1.0 FTE) would lead the RP. Greyling NHS Children's Therapies would provide a speech and language therapist at Elmhurst two days a week (0.4 FTE) to assess children, plan with staff and deliver therapy. The borough's Communication and Interaction Outreach Team would use the RP for training for other primary schools.")
    d.add_heading("Accommodation", level=2)
    para(d, "3.3 Two former classrooms in the school's 1990s wing (62 m² and 48 m²) would be converted into a teaching room and a therapy room with acoustic treatment, soundfield systems and a small observation window. The works would be done in the summer holiday of 2028.")

    d.add_heading("4. How we have involved other schools and providers", level=1)
    para(d, "4.1 On 23 June 2027 the Council sent a written statement setting out the proposed change to SLCN provision to the governing bodies of every primary school and academy in Greyling, to Northway Primary School, to the two neighbouring authorities whose provision Greyling children use, and to Greyling NHS Children's Therapies, inviting each to set out its views in writing. Fifteen written responses were received and are summarised at Appendix 1; thirteen support the proposal.")

    d.add_heading("5. Travel to school", level=1)
    para(d, "5.1 Children who live outside walking distance and are eligible under Greyling's Home to School Travel Assistance Policy for Children with SEND (2026) would be taken to Elmhurst by taxi with a passenger assistant, or parents could choose a personal travel budget. No planned journey would exceed 30 minutes.")

    d.add_heading("6. Costs and staffing", level=1)
    table(d, [
        ["Item", "Amount", "Source"],
        ["Conversion of two classrooms", "£165,000 (one-off)", "High Needs Provision Capital Allocation 2025-26, received"],
        ["Place funding, 12 places at £10,000", "£120,000 a year", "High Needs Block"],
        ["Top-up funding", "At the SLCN RP band, £7,400 a pupil", "High Needs Block"],
        ["Speech and language therapy, 0.4 FTE", "£22,000 a year", "Jointly commissioned, Greyling ICB"],
    ])
    para(d, "6.1 Staffing of the RP at 12 children: a specialist teacher (1.0 FTE) and two specialist teaching assistants (2.0 FTE), employed by Elmhurst, and the speech and language therapist (0.4 FTE) employed by the NHS.")

    d.add_heading("7. What happens next", level=1)
    para(d, "7.1 The Council's Cabinet will consider the responses in November 2027. If it agrees, a statutory proposal will be published in December 2027, with a four-week representation period.")

    d.add_heading("Response form", level=1)
    para(d, "Please return by 19 October 2027 to SEND Place Planning, Greyling Council, Town Hall, Greyling GY1 1AA, or online at greyling.gov.uk/elmhurstrp.")
    table(d, [
        ["Question", "Your answer"],
        ["1. In what capacity are you responding? (parent/carer, school staff, governor, other)", ""],
        ["2. Do you support the proposal to open an SLCN resourced provision at Elmhurst Primary School? (Yes / No / Not sure)", ""],
        ["3. Please give reasons or other comments.", ""],
    ])
    d.save(os.path.join(out, "04-consultation-elmhurst-slcn-resourced-provision.docx"))


# ---------------------------------------------------------------- 08
def doc08(out):
    d = new_doc("Arial", 11)
    para(d, "HARTINGTON COUNCIL", bold_lead=None)
    title(d, "Report to Cabinet, 18 January 2028", 14)
    table(d, [
        ["Subject", "Future of Wrenfield School: options appraisal and recommended proposal"],
        ["Report of", "Director of Children's Services"],
        ["Cabinet Member", "Cllr Owen Teague, Education"],
        ["Key decision", "Yes"],
        ["Appendices", "A: Options appraisal scoring; B: Letters from Cloverdale School and Hartington Vale Academy; C: Provider responses; D: Equality impact assessment"],
    ], header=False)

    d.add_heading("1. Purpose", level=1)
    para(d, "1.1 To set out the options for Wrenfield School, a community special school for 36 pupils aged 7 to 16 with social, emotional and mental health (SEMH) needs, and to recommend the publication of a statutory proposal to discontinue it on 31 August 2028 (Option 2).")

    d.add_heading("2. Recommendations", level=1)
    para(d, "2.1 That Cabinet approves the publication of proposals to discontinue Wrenfield School on 31 August 2028, to enlarge Cloverdale School from 50 to 76 places, and to open a 12-place SEMH resourced provision at Hartington Vale Academy, both from 1 September 2028.")

    d.add_heading("3. Background", level=1)
    para(d, "3.1 Wrenfield occupies a leased former church hall whose lease ends in August 2028; the landlord will not renew. It has 29 pupils on roll. Cloverdale School (SEMH, ages 7-16, Good) is 2.5 miles away on a large site.")
    para(d, "3.2 The Orchard Centre, Hartington's short stay school, is the authority's pupil referral unit (24 places, ages 11-16).")

    d.add_heading("4. Options considered", level=1)
    table(d, [
        ["Option", "Summary", "Score (Appendix A)", "Conclusion"],
        ["1. Move Wrenfield to new leased premises", "No suitable premises identified within budget", "41/100", "Rejected"],
        ["2. Close Wrenfield; enlarge Cloverdale; open SEMH resourced provision at Hartington Vale Academy", "Every pupil has a named place; new building at Cloverdale", "82/100", "Recommended"],
        ["3. Close Wrenfield; place pupils at the Orchard Centre", "Pupils would stay at the Orchard Centre for the rest of their schooling, and we would hope to find special school places for some of them over time", "23/100", "Rejected: does not meet the SEN improvement test"],
    ])
    para(d, "4.1 Option 3 is set out only for completeness. It is not proposed: placing pupils who need a special school in the pupil referral unit long-term would be contrary to the statutory guidance.")

    d.add_heading("5. The recommended option (Option 2)", level=1)
    d.add_heading("5.1 Where pupils will go", level=2)
    para(d, "5.1.1 22 pupils will move to Cloverdale School. Cloverdale's governing body confirmed in writing on 5 December 2027 (Appendix B) that it will admit them and that the new classroom block will give it the rooms and specialist facilities to teach them its full curriculum.")
    para(d, "5.1.2 7 pupils in Key Stage 4 whose EHC plans were reviewed in autumn 2027 will move to the new resourced provision at Hartington Vale Academy, which the Hartington Vale Learning Trust confirmed in writing on 12 December 2027 (Appendix B).")
    para(d, "5.1.3 Cloverdale's new block will open after the October half-term 2028. Until then the 10 Key Stage 3 pupils among the 22 will be taught by Cloverdale staff at the Orchard Centre from 4 September 2028 for no more than seven school weeks, ending on 20 October 2028, and will start at Cloverdale on 30 October 2028. Their EHC plans will name Cloverdale School throughout.")
    d.add_heading("5.2 Benefits", level=2)
    bullet(d, "Curriculum and activities: pupils at Cloverdale take GCSE English, mathematics, science and art, BTEC Level 1 in sport and in home cooking, the Duke of Edinburgh's Award and weekly outdoor education at Coldwell Water Sports Centre. Resourced provision pupils at Hartington Vale can take any of its 22 GCSE subjects with support. This supports priority 3 of Hartington's Accessibility Strategy 2026-2029 (access to the full curriculum and to school trips).")
    bullet(d, "Specialist staff: Cloverdale has a speech and language therapist three days a week, a clinical psychologist (0.5 FTE) and an on-site CAMHS worker two days a week; the resourced provision has a specialist SEMH teacher (1.0 FTE) and Cloverdale's outreach teacher one day a week.")
    bullet(d, "Accommodation: a new block at Cloverdale of five classrooms (55 m² each), a sensory regulation room, two therapy rooms and a food technology room (£2.75 million, complete October 2028); a converted two-room base at Hartington Vale (£240,000, July 2028).")
    bullet(d, "Places: see the table at 5.3.")
    d.add_heading("5.3 Places", level=2)
    table(d, [
        ["SEMH places, ages 7-16", "Now", "From September 2028"],
        ["Wrenfield School", "36", "0"],
        ["Cloverdale School", "50", "76"],
        ["Hartington Vale Academy resourced provision", "0", "12"],
        ["Total", "86", "88"],
    ])

    d.add_heading("6. Views of providers", level=1)
    para(d, "6.1 On 2 October 2027 the Council wrote to the governing bodies of Wrenfield and Cloverdale, the Hartington Vale Learning Trust, every other school and academy in Hartington, and the Orchard Centre's management committee, setting out the proposed changes to SEMH provision and inviting each to give its views in writing by 10 November 2027. The 16 replies are at Appendix C.")

    d.add_heading("7. Transport", level=1)
    para(d, "7.1 Travel assistance will follow Hartington's Travel Assistance Policy for Children and Young People with SEND (2027). Eligible pupils will travel to Cloverdale, to the Orchard Centre during the bridging weeks and to Hartington Vale in minibuses or taxis with a passenger assistant. Planned journeys are between 15 and 40 minutes; no pupil's journey will be longer than it is to Wrenfield now by more than 10 minutes.")

    d.add_heading("8. Financial implications", level=1)
    para(d, "8.1 Capital (£2.99 million): High Needs Provision Capital Allocation 2025-26 and 2026-27 (£2.4 million, received) and the Council's Capital Programme 2027-2030 (£0.59 million, approved by Council on 27 February 2027).")
    para(d, "8.2 Revenue: Cloverdale is funded for 76 places and the resourced provision for 12 places at £10,000 a place, with top-up funding at the SEMH bands, from the High Needs Block. Ending the Wrenfield lease saves £112,000 a year.")

    d.add_heading("9. Staffing implications", level=1)
    para(d, "9.1 Cloverdale will increase from 7.0 to 11.0 FTE teachers and from 12.0 to 19.0 FTE teaching assistants. The resourced provision will have a specialist teacher (1.0 FTE) and two teaching assistants (2.0 FTE). Wrenfield staff will be offered these posts first.")

    d.add_heading("10. Legal implications", level=1)
    para(d, "10.1 The proposals are made under sections 15 and 19 of the Education and Inspections Act 2006. Cabinet must be satisfied that the proposals meet the SEN improvement test; the officers' assessment is at Appendix A.")

    d.add_heading("11. Equalities", level=1)
    para(d, "11.1 An equality impact assessment (Appendix D) found that the proposal would have a positive impact on disabled pupils overall, through the wider curriculum, the accessible new building and the on-site therapy. The main negative impact identified is the disruption of a change of school for pupils with SEMH needs, who may find transitions hard. It is mitigated by the transition plan in section 12, by keeping Wrenfield staff with their pupils wherever possible and by the bridging arrangement being delivered by Cloverdale staff.")
    para(d, "11.2 Girls are under-represented at Wrenfield (3 of 29 pupils). Cloverdale has a girls' group at Key Stage 3 and a female mentor, which families of the three girls said they valued.")

    d.add_heading("12. Transition plan", level=1)
    table(d, [
        ["When", "What"],
        ["February to March 2028", "Statutory representation period; meetings with each Wrenfield family"],
        ["March to June 2028", "Annual reviews bring forward to amend EHC plans; Cloverdale and Hartington Vale staff visit Wrenfield weekly"],
        ["June to July 2028", "Taster days at Cloverdale and Hartington Vale for every pupil; transport trial runs"],
        ["4 September to 20 October 2028", "Key Stage 3 bridging group (10 pupils) taught by Cloverdale staff at the Orchard Centre; the 12 Key Stage 2 pupils start at Cloverdale's existing building on 4 September 2028"],
        ["30 October 2028", "New block opens; all Cloverdale pupils on one site"],
        ["December 2028", "First review of every transferred pupil's placement, reported to the Cabinet Member"],
    ])

    d.add_heading("13. Risks", level=1)
    table(d, [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        ["Building contract overruns beyond October 2028", "Low", "High", "Contract to be let in March 2028 with a completion date of 29 September 2028, giving a month's float; liquidated damages clause"],
        ["Families do not accept the offered places", "Medium", "Medium", "Individual meetings; independent SEND advice from Hartington SENDIASS; right of appeal to the tribunal is unaffected"],
        ["Staff leave Wrenfield before closure", "Medium", "Medium", "Early offer of posts at Cloverdale; retention payments approved for the summer term 2028"],
        ["Pupils' behaviour deteriorates during transition", "Medium", "High", "Key worker for each pupil, increased CAMHS in-reach in the autumn term 2028"],
    ])

    d.add_heading("14. Consultation with families, pupils and staff", level=1)
    para(d, "14.1 Informal consultation ran from 1 November to 13 December 2027. 58 responses were received: 21 from parents and carers, 9 from pupils, 14 from staff and 14 from others. 34 supported Option 2, 11 preferred Option 1, 2 supported Option 3 and 11 expressed no preference. The main themes were worry about the change of school, the length of journeys and whether pupils would keep the staff they know. Officers' responses are set out in Appendix C.")
    para(d, "14.2 Pupils said they wanted a proper field, a kitchen to cook in and 'teachers who don't leave'. The Cloverdale plans include the first two; section 9 sets out the staffing commitments.")

    d.add_heading("15. Background papers", level=1)
    bullet(d, "Hartington SEND Sufficiency Plan 2026-2031")
    bullet(d, "Wrenfield School lease and landlord's notice, 30 June 2027")
    bullet(d, "Cloverdale School feasibility study, Hartington Property Services, August 2027")

    d.add_page_break()
    d.add_heading("Appendix A: Options appraisal scoring", level=1)
    para(d, "Each option was scored by a panel of officers from SEND, Education Capital and Finance, and two special school headteachers from outside Hartington, against six weighted criteria.")
    table(d, [
        ["Criterion (weight)", "Option 1", "Option 2", "Option 3"],
        ["Educational benefits for pupils (30)", "12", "27", "5"],
        ["Suitability and accessibility of premises (20)", "6", "18", "8"],
        ["Sufficiency of SEMH places (15)", "9", "13", "3"],
        ["Deliverability by September 2028 (15)", "4", "12", "5"],
        ["Revenue and capital cost (10)", "5", "6", "2"],
        ["Compliance with statutory guidance, including the SEN improvement test (10)", "5", "6", "0"],
        ["Total (100)", "41", "82", "23"],
    ])
    para(d, "Notes on Option 3: the Orchard Centre would have had to be extended by 20 places; pupils would have stayed there for the rest of their schooling, with special school places sought for some of them as vacancies arose. The panel scored Option 3 at zero for compliance because it relies on long-term placement in a pupil referral unit of pupils who need a special school.")

    d.add_heading("Appendix B: Letters confirming places", level=1)
    para(d, "B1. Letter from the Chair of Governors, Cloverdale School, 5 December 2027 (extract):", bold_lead=None)
    para(d, "\"The governing body met on 4 December 2027 and resolved to support the proposal. I confirm that Cloverdale School is willing to admit the 22 Wrenfield pupils identified by the local authority from 1 September 2028, and that with the new classroom block and the staff set out in the proposal we will have all the facilities needed to provide them with our full curriculum. Until the block opens, our staff will teach the Key Stage 3 group at the Orchard Centre as agreed with the local authority.\"")
    para(d, "B2. Letter from the Chief Executive, Hartington Vale Learning Trust, 12 December 2027 (extract):")
    para(d, "\"The Trust Board confirms that Hartington Vale Academy will open a 12-place SEMH resourced provision from 1 September 2028, will admit the seven Wrenfield pupils named in the local authority's schedule, and will have the converted base, the staff and the curriculum in place for them.\"")

    d.add_heading("Appendix C: Summary of provider responses", level=1)
    table(d, [
        ["Respondent", "View", "Council response"],
        ["Wrenfield School governing body", "Accepts closure is unavoidable; asks that staff move with pupils", "Agreed: section 9"],
        ["Cloverdale School governing body", "Supports; confirms places (Appendix B)", "Noted"],
        ["Hartington Vale Learning Trust", "Supports; confirms places (Appendix B)", "Noted"],
        ["Orchard Centre management committee", "Content to host the bridging group for up to seven weeks; would not support longer stays", "Agreed: section 5.1.3"],
        ["Secondary heads (9 responses)", "Support; ask for more outreach to mainstream schools", "Cloverdale outreach continues; to be reviewed in the SEND Strategy refresh"],
        ["Primary heads (3 responses)", "Support", "Noted"],
    ])

    d.add_heading("Appendix D: Equality impact assessment (summary)", level=1)
    para(d, "Protected characteristics considered: disability, sex, race, religion or belief, age. Positive impacts: access to a broader curriculum, accessible buildings, on-site therapies. Negative impacts: transition disruption (mitigated, section 12); longer journeys for 4 pupils by up to 10 minutes (mitigated by route planning). Overall assessment: proceed.")
    d.save(os.path.join(out, "08-cabinet-report-wrenfield-school-options.docx"))


# ---------------------------------------------------------------- 12
def doc12(out):
    d = new_doc("Times New Roman", 12)
    title(d, "Lowther County Council", 14)
    title(d, "Statutory proposal: transfer of Southbrook School to a new site and increase in capacity", 13)
    para(d, "Published on 2 May 2028 under section 19(1) of the Education and Inspections Act 2006 and the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013.")

    d.add_heading("Part 1: The school and the proposal", level=1)
    para(d, "1. Southbrook School, Hatch Lane, Lowther LW5 3JJ, is a community special school for 64 pupils aged 2 to 19 with profound and multiple learning difficulties (PMLD) and severe learning difficulties (SLD).")
    para(d, "2. Lowther County Council proposes to transfer the school to a new building on the Corn Hill site, Corn Hill Road, Lowther LW6 1QB (1.8 miles from Hatch Lane), on 1 September 2029, and at the same time to increase its capacity from 64 to 80 places.")
    para(d, "3. The whole school, with its pupils, staff, governing body and name, moves to the new building. No pupil will have to leave the school or change school because of the proposal. The Hatch Lane buildings will be vacated and declared surplus.")

    d.add_heading("Part 2: Reasons", level=1)
    para(d, "4. The Hatch Lane buildings (1968) are single-glazed, have corridors too narrow for two wheelchairs to pass and no changing rooms large enough for hoists and changing benches in every class base. Twelve pupils are taught in a temporary classroom. The Council's SEND Sufficiency Plan 2027-2032 forecasts 18 more children with PMLD and SLD needing a special school place by 2031.")

    d.add_heading("Part 3: How the proposal meets the SEN improvement test", level=1)
    table(d, [
        ["Key factor", "How the proposal meets it"],
        ["Access to education and associated services (with reference to the Accessibility Strategy)", "A hydrotherapy pool, a rebound therapy room, a sensory studio with eye-gaze technology and a sensory garden, which Hatch Lane does not have, so that every pupil has weekly hydrotherapy and rebound sessions timetabled; the sixth form gains a training flat for independent living. The new building is designed to the standards in action 1.3 of the Lowther Accessibility Strategy 2027-2030 (fully accessible new school buildings), and the curriculum offer meets its action 2.2."],
        ["Access to specialist staff", "On-site therapy suite allows Lowther Community Health to base its PMLD physiotherapy team at the school: physiotherapists 1.6 FTE (now 0.6 visiting), occupational therapist 1.0 FTE (now 0.4), speech and language therapist 0.8 FTE with a dysphagia specialism. The school nurse team (2.0 FTE) continues."],
        ["Access to suitable accommodation", "New single-storey building of 4,200 m²: ten class bases of 70 m² each with adjoining hygiene rooms with ceiling hoists, the hydrotherapy pool, therapy suite, sensory studio, hall, and a 'changing places' toilet open to the community. Built from September 2027 to June 2029."],
        ["Supply of suitable places", "PMLD/SLD special school places at Southbrook increase from 64 to 80 from September 2029."],
        ["Views of providers", "Written statement sent on 3 November 2027 to the governing bodies of Southbrook and the county's other five special schools, all academy trusts in the county, Lowther College and Lowther Community Health, inviting written views on the proposed change in the pattern of provision. Eleven replies, all supportive, are in Annex 2."],
        ["Alternative provision", "Not needed: the school moves as a whole with its pupils and staff (paragraph 3)."],
        ["Transport", "Under the Lowther SEND and Disabled Children's Home to School Transport Policy (2027), every eligible pupil travels by wheelchair-accessible minibus with a passenger assistant trained in medical care. Current routes are re-planned for Corn Hill; the longest planned journey is 50 minutes (now 55)."],
        ["Funding and staffing", "See Part 4."],
    ])

    d.add_heading("Part 4: Funding and staffing", level=1)
    para(d, "5. Capital: £16.4 million, from the Department for Education's School Rebuilding Programme (£11.9 million, confirmed by the Department on 8 June 2026) and the Council's Capital Programme 2027-2031 (£4.5 million, approved by Full Council on 23 February 2027). The contract was let in August 2027.")
    para(d, "6. Revenue: place funding for 80 places at £10,000 and top-up funding at Lowther's PMLD and SLD bands, from the High Needs Block (an additional £512,000 a year at 80 pupils).")
    para(d, "7. Staffing at 80 pupils: 14.0 FTE teachers (now 11.0), 42.0 FTE teaching assistants (now 34.0), 2.0 FTE school nurses and the therapy staff above. Class bases of eight pupils with one teacher and three teaching assistants.")

    d.add_heading("Part 5: Comments and objections", level=1)
    para(d, "8. Within four weeks of publication (by 30 May 2028) anyone may send comments or objections to the School Organisation Team, Lowther County Council, County Buildings, Lowther LW1 2CB.")
    d.save(os.path.join(out, "12-statutory-proposal-southbrook-school-new-site.docx"))


# ---------------------------------------------------------------- 16
def doc16(out):
    d = new_doc("Calibri", 11)
    title(d, "Oakwell School (Foundation Special School)", 14)
    title(d, "Proposal by the Governing Body: closure of the Priory Road site and enlargement of the main site", 12)
    para(d, "Date of publication: 15 November 2027. Decision maker: Brightwater County Council.")

    d.add_heading("1. Summary", level=1)
    para(d, "Oakwell School is a foundation special school for pupils aged 8 to 16 with social, emotional and mental health needs. It teaches on two sites: the main site at Oakwell Lane, Haddon (60 places) and a satellite site at Priory Road, Kelby (24 places, Key Stage 4 only), 9 miles away. The governing body proposes to stop using the Priory Road site from 31 August 2029 and to increase the capacity of the main site from 60 to 96 places from 1 September 2029. The school's total capacity will rise from 84 to 96.")

    d.add_heading("2. Why", level=1)
    bullet(d, "The Priory Road site is a former youth centre with no outdoor space, no science room and no kitchen; Key Stage 4 pupils travel to the main site twice a week for practical subjects.")
    bullet(d, "Running two sites means Key Stage 4 pupils see the school's therapists only on the days they are at the main site.")
    bullet(d, "Brightwater County Council's place-planning forecasts show 10 to 14 more SEMH special school places needed in the county by 2030.")

    d.add_heading("3. Pupils now taught at Priory Road", level=1)
    para(d, "All pupils on roll at Oakwell who would have been taught at Priory Road will be taught at the main site from 1 September 2029, by the same staff team, who move with them. No pupil will leave Oakwell School because of this proposal, and no pupil will be placed at the Kelby Learning Centre (the county's pupil referral unit for the area) or at any other provision instead.")

    d.add_heading("4. What pupils will gain", level=1)
    table(d, [
        ["Area", "Now", "After the change"],
        ["Curriculum and facilities", "Key Stage 4 at Priory Road: GCSE English and maths, Entry Level science; practical subjects two days a week at the main site", "All Key Stage 4 pupils: GCSE English, maths, combined science, art, food preparation and nutrition, and the Level 1 Award in Construction, taught in the main site's laboratory, food room and workshop every day; the school's climbing wall and sports field. Meets objective 2 of Brightwater's Accessibility Strategy 2026-2029 (access to the curriculum for pupils with SEN)."],
        ["Specialist staff", "Priory Road pupils see the therapy team on two days a week", "Daily access for all pupils to the school's therapy team: speech and language therapist 0.8 FTE, art psychotherapist 0.6 FTE, school counsellor 1.0 FTE; CAMHS in-reach clinic every Wednesday"],
        ["Accommodation", "Priory Road: four classrooms in a former youth centre", "New Key Stage 4 building on the main site: six classrooms, a vocational workshop, a food technology room and two intervention rooms (1,050 m²), built from September 2028 to July 2029"],
        ["Places", "84 (60 + 24)", "96 on one site"],
    ])

    d.add_heading("5. Views of other providers", level=1)
    para(d, "On 18 September 2027 the governing body sent a written statement of the proposal to Brightwater County Council, the county's two other SEMH special schools (Fenwick House and St Bede's), every secondary school and academy within 10 miles of either site and the management committee of the Kelby Learning Centre, inviting each to set out in writing its views on the change. The nine replies are available from the clerk; the County Council supports the proposal.")

    d.add_heading("6. Transport", level=1)
    para(d, "Brightwater County Council's Home to School Transport Policy for Children and Young People with SEND (2026) applies. Kelby-area pupils will travel to the main site by a dedicated minibus with a passenger assistant, with a journey of about 25 minutes; other pupils' routes are unchanged.")

    d.add_heading("7. Funding", level=1)
    para(d, "The new building is estimated to cost £3.8 million. The governing body will contribute £0.3 million from its devolved formula capital and reserves. The remaining £3.5 million is to come from Brightwater County Council's High Needs Provision Capital Allocation, subject to approval of the Council's 2028-29 capital programme in February 2028. Revenue funding for the 12 additional places (£120,000 a year) and top-up funding will come from the High Needs Block.")

    d.add_heading("8. Staffing", level=1)
    para(d, "Staffing at 96 places: headteacher, deputy headteacher, 2.0 FTE assistant headteachers, 13.0 FTE teachers (now 11.0), 20.0 FTE teaching assistants (now 17.0), and the therapy staff listed in section 4. The Priory Road team leader will become head of Key Stage 4.")

    d.add_heading("9. How to comment", level=1)
    para(d, "Comments or objections should be sent within four weeks of publication to the Clerk to the Governing Body, Oakwell School, Oakwell Lane, Haddon BW7 2LL.")
    d.save(os.path.join(out, "16-governors-proposal-oakwell-school-priory-road-site.docx"))


# ---------------------------------------------------------------- 20
def doc20(out):
    d = new_doc("Arial", 11)
    para(d, "CASTERBRIDGE CITY COUNCIL")
    title(d, "EXECUTIVE BOARD — 9 FEBRUARY 2028", 13)
    title(d, "Autism resourced provision in secondary academies: options appraisal and recommendation", 12)
    table(d, [
        ["Report author", "Yasmin Clarke, Service Manager, SEND Sufficiency"],
        ["Lead member", "Cllr Bernard Oakes, Children's Services"],
        ["Key decision", "Yes, KD/2028/004"],
        ["Exempt information", "None"],
    ], header=False)

    d.add_heading("Summary", level=1)
    num(d, "This report appraises three options for meeting the rising demand for secondary places for autistic pupils who can learn in a mainstream school with specialist support. It recommends Option B: three new resourced provisions, each of 15 places, at Highcliffe Academy, St Swithun's Catholic High School and Norton Park Academy, opening in September 2029.")
    num(d, "These would be new places. No school or unit closes and no pupil would have to change school.")

    d.add_heading("Recommendations", level=1)
    num(d, "The Executive Board is asked to approve Option B and the capital and revenue funding set out in the financial implications below, and to authorise officers to enter into service level agreements with the three host academies' trusts.")

    d.add_heading("Background", level=1)
    num(d, "The number of Casterbridge secondary pupils with an EHC plan for autism rose from 260 in 2023 to 395 in 2027. The city has one secondary autism resourced provision (Brunswick School, 20 places) and one autism special school (Meadowgate, 120 places), both full.")
    num(d, "Secondary autism resourced provision places in the city would rise from 20 to 65 from September 2029 (Brunswick 20, Highcliffe 15, St Swithun's 15, Norton Park 15).")

    d.add_heading("Options appraisal", level=1)
    table(d, [
        ["Option", "Description", "Capital", "Assessment"],
        ["A", "Enlarge Meadowgate special school by 45 places", "£6.8m", "Not preferred: many of these pupils can learn in mainstream with support; site constraints"],
        ["B", "Three 15-place resourced provisions in secondary academies", "£2.1m", "Preferred: places in three localities, access to a mainstream curriculum"],
        ["C", "Continue to buy places in independent schools", "None", "Not preferred: average £58,000 per place a year; long journeys"],
    ])

    d.add_heading("Benefits of Option B", level=1)
    num(d, "Access to education: pupils would follow the host academy's curriculum with support (Highcliffe offers 23 GCSE subjects, St Swithun's 21, Norton Park 19 and a BTEC engineering pathway), join its clubs and trips, and have a base with a quiet study area and a sensory regulation room for the rest of the day. Each provision would be built to the design standards in the Council's Accessibility Strategy 2027-2030 (section 4, adapted learning environments) and supports its objective 1 (widening access to the mainstream curriculum for disabled pupils).")
    num(d, "Specialist staff: each provision would have a specialist autism teacher (1.0 FTE) and three specialist teaching assistants; Casterbridge Children's Therapies would provide a speech and language therapist one day a week at each academy, and the Autism Outreach Team would give each provision one day a fortnight of advisory teacher time.")
    num(d, "Accommodation: each host academy would convert existing space into a base of two teaching rooms (about 55 m² each), a sensory regulation room, a quiet study area and a small kitchen. The works at the three academies are programmed for April to August 2029.")

    d.add_heading("Engagement with providers", level=1)
    num(d, "On 14 September 2027 the Council sent every secondary school and academy in the city, Brunswick School, Meadowgate School and the three independent schools most used by Casterbridge a written statement of the proposed change in the pattern of autism provision, asking for views in writing by 31 October 2027. Nineteen responses were received (Appendix 2). The three host academies' trusts have confirmed their willingness to host in writing.")

    d.add_heading("Transport", level=1)
    num(d, "Pupils eligible under the City's Travel Assistance Policy for Children and Young People with SEND (2027) would travel by taxi or minibus with a passenger assistant, or receive a personal travel budget; travel training would be offered from Year 9. Because the provisions are in three localities, the average planned journey is 20 minutes, compared with 55 minutes to independent schools now.")

    d.add_heading("Financial implications", level=1)
    num(d, "Capital: £2.1 million (£700,000 per academy), from the High Needs Provision Capital Allocation 2026-27 and 2027-28 (received).")
    num(d, "Revenue: 45 places at £10,000 (£450,000 a year) and top-up at the autism resourced provision band (£9,200 a pupil, £414,000 a year at full occupancy), from the High Needs Block. The estimated saving on independent placements is £1.6 million a year by 2031-32.")

    d.add_heading("Staffing implications", level=1)
    num(d, "Each provision: a specialist autism teacher (1.0 FTE) and three teaching assistants (3.0 FTE), employed by the host academy trust, with the therapy and outreach time above. The posts will be recruited in the summer term 2029.")

    d.add_heading("Risks", level=1)
    num(d, "Recruitment of specialist teachers: mitigated by early advertising and the Autism Outreach Team's training programme.")
    d.save(os.path.join(out, "20-executive-report-autism-resourced-provision-options.docx"))


# ---------------------------------------------------------------- 25
def doc25(out):
    d = new_doc("Arial", 10)
    title(d, "Penhallow Borough Council", 14)
    title(d, "Complete proposal: discontinuance of Larkspur School and establishment of four resourced provisions for moderate learning difficulties", 12)

    d.add_heading("Section A: Details of the proposal", level=1)
    para(d, "A1. Penhallow Borough Council, Civic Centre, Penhallow PH1 1PB, proposes to discontinue Larkspur School, Moorside Road, Penhallow PH5 2LR, a community special school for 60 pupils aged 5 to 16 with moderate learning difficulties (MLD), on 31 August 2029.")
    para(d, "A2. The Council proposes at the same time, by prescribed alterations to four maintained schools, to establish a resourced provision for pupils with MLD at each of them from 1 September 2029: Trevose Primary School and Carn Brea Primary School (ages 5 to 11) and Penhallow Community College and St Piran's High School (ages 11 to 16).")
    para(d, "A3. Implementation: the proposals are linked and will be implemented together.")

    d.add_heading("Section B: Reasons", level=1)
    para(d, "B1. Since 2022 the share of Penhallow pupils with MLD in special schools has fallen while parental preference for mainstream schools with specialist support has grown. Larkspur has 41 pupils on roll, and its building needs £1.9 million of repairs.")

    d.add_heading("Section C: Places", level=1)
    table(d, [
        ["Provision for MLD", "Places now", "Places from 1 September 2029"],
        ["Larkspur School", "60", "0"],
        ["Trevose Primary School RP", "0", "16"],
        ["Carn Brea Primary School RP", "0", "16"],
        ["Penhallow Community College RP", "0", "16"],
        ["St Piran's High School RP", "0", "16"],
        ["Total", "60", "64"],
    ])

    d.add_heading("Section D: Displaced pupils", level=1)
    para(d, "D1. Larkspur pupils who will be of compulsory school age on 1 September 2029 (about 30) will each be offered a place in the resourced provision for their age and area. Each of the four governing bodies has confirmed in writing (letters dated between 9 and 23 January 2028, Appendix 3) that it will admit the Larkspur pupils allocated to it and will have the base, staff and curriculum in place. The allocation for each pupil has been agreed with the family at a review meeting held in February or March 2028 and is listed by year group (without names) in Appendix 4.")

    d.add_heading("Section E: Educational benefits", level=1)
    para(d, "E1. Access to education and associated services. Pupils will be taught in the host schools' mainstream classes for part of each day, with access to their full curriculum, including GCSE and vocational courses at the two secondary schools (Penhallow Community College: 20 GCSE subjects, BTEC in engineering and health and social care), and to school clubs, sport, music and trips. Each base will have interactive displays, a small-group teaching room and a life skills kitchen. The Council's Accessibility Strategy 2027-2030 (aim 1: improving access to the curriculum for disabled pupils and pupils with SEN in mainstream schools) is supported by these proposals.")
    para(d, "E2. Access to specialist staff. Each base has a specialist MLD teacher (1.0 FTE). The Council's Learning Support Service will provide an advisory teacher to each base half a day a week, and an educational psychologist will visit each base two days a term.")
    para(d, "E3. Accommodation. Each host school will convert two classrooms into a base with a teaching room, a group room and a kitchen; at Penhallow Community College this is in a new single-storey extension (180 m²). The four schemes cost £1.6 million and will be complete by August 2029.")
    para(d, "E4. Supply of places. Section C: MLD places increase from 60 to 64, in four localities instead of one.")

    d.add_heading("Section F: Consultation", level=1)
    para(d, "F1. The Council's written statement of 4 September 2027, sent to every school and academy in the borough, to Larkspur's governing body and to the neighbouring local authority, set out the proposed change in the pattern of MLD provision and invited each provider to give its views in writing. Twenty-two responses were received (Appendix 5).")

    d.add_heading("Section G: Transport", level=1)
    para(d, "G1. Home to school travel for pupils attending the resourced provisions will be provided in accordance with the Council's Home to School Travel Assistance Policy for Children and Young People with SEND (2026).")

    d.add_heading("Section H: Funding and staffing", level=1)
    para(d, "H1. Capital: £1.45 million from the Council's High Needs Provision Capital Allocation (received), plus £150,000 of the Larkspur site disposal receipt already included in the approved Capital Programme 2028-2031.")
    para(d, "H2. Revenue: 64 places at £10,000 (£640,000 a year) and top-up funding at the MLD resourced provision band, from the High Needs Block; Larkspur's budget of £1.18 million a year ceases.")
    para(d, "H3. Staffing: each base has a specialist teacher (1.0 FTE) and two teaching assistants (2.0 FTE), employed by the host school: 4.0 FTE teachers and 8.0 FTE teaching assistants in all. Larkspur staff will be given priority for interview.")

    d.add_heading("Section I: Objections and comments", level=1)
    para(d, "I1. Any person may object to or comment on these proposals within four weeks of publication, in writing to the School Organisation Officer at the Civic Centre, Penhallow PH1 1PB.")
    para(d, "Published 10 May 2028. Signed: Anwen Trelawny, Director of Children's Services.")
    d.save(os.path.join(out, "25-statutory-proposal-larkspur-school-mld-bases.docx"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc04, doc08, doc12, doc16, doc20, doc25):
        f(out)


if __name__ == "__main__":
    main()
