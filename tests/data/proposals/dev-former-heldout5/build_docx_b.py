"""Build part b's Word documents of the heldout5 proposal corpus.

Each document is written below in a small line markup and turned into a
.docx with python-docx: '# ' title, '## ' heading, '- ' bullet, '+ ' an
automatically numbered paragraph (List Number), '| a | b |' table rows (the
first row is the header), '**Lead.** text' a bold lead-in, '[sdt Label] text'
a block content control (w:sdt) holding the text, '[box]' ... '[/box]' a text
box (VML, w:txbxContent), '@header ...' and '@footer ...' (the footer gets a
PAGE field).  Rebuild: python build_docx_b.py [OUTDIR]  (bytes differ from
build to build; the text does not).
"""

import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _runs(paragraph, text):
    if text.startswith("**") and "**" in text[2:]:
        end = text.index("**", 2)
        paragraph.add_run(text[2:end]).bold = True
        text = text[end + 2:]
    paragraph.add_run(text)


def _page_field(paragraph):
    run = paragraph.add_run()
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>' % W,
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % W,
                '<w:fldChar %s w:fldCharType="separate"/>' % W):
        run._r.append(parse_xml(xml))
    paragraph.add_run("1")
    end = paragraph.add_run()
    end._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % W))


def _sdt(document, label, text):
    tag = label.lower().replace(" ", "_")
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/></w:sdtPr>'
        '<w:sdtContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s: </w:t></w:r>'
        '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:sdtContent></w:sdt>'
        % (W, _esc(label), _esc(tag), _esc(label), _esc(text)))
    document.element.body.sectPr.addprevious(parse_xml(xml))


def _textbox(document, lines):
    paras = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(line)
        for line in lines)
    xml = (
        '<w:p %s %s><w:r><w:pict><v:shape id="kf" style="width:420pt;height:160pt" '
        'stroked="t"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r></w:p>' % (W, V, paras))
    document.element.body.sectPr.addprevious(parse_xml(xml))


def build(markup, path):
    document = docx.Document()
    section = document.sections[0]
    rows, box = [], None

    def flush_table():
        if not rows:
            return
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                table.cell(r, c).text = cell
                if r == 0:
                    for run in table.cell(r, c).paragraphs[0].runs:
                        run.bold = True
        rows.clear()

    for raw in markup.strip("\n").splitlines():
        line = raw.rstrip()
        if box is not None:
            if line == "[/box]":
                _textbox(document, box)
                box = None
            else:
                box.append(line)
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if not line:
            continue
        if line.startswith("@header "):
            section.header.paragraphs[0].text = line[8:]
        elif line.startswith("@footer "):
            p = section.footer.paragraphs[0]
            p.add_run(line[8:] + " – page ")
            _page_field(p)
        elif line.startswith("# "):
            document.add_heading(line[2:], level=1)
        elif line.startswith("## "):
            document.add_heading(line[3:], level=2)
        elif line.startswith("- "):
            _runs(document.add_paragraph(style="List Bullet"), line[2:])
        elif line.startswith("+ "):
            _runs(document.add_paragraph(style="List Number"), line[2:])
        elif line.startswith("[sdt "):
            label, text = line[5:].split("] ", 1)
            _sdt(document, label, text)
        elif line == "[box]":
            box = []
        else:
            _runs(document.add_paragraph(), line)
    flush_table()
    document.save(path)


DOCS = {}

DOCS["27-cabinet-report-close-heronsgate-besd"] = """
@header Durnford County Council – Cabinet – 16 June 2027 – Item 9
@footer OFFICIAL
# Proposed closure of Heronsgate School and expansion of SEMH special school places
**Report of:** Corporate Director of Children and Young People's Services
**Cabinet portfolio holder:** Cabinet Member for Education
## 1. Purpose of the report
1.1 To seek Cabinet's decision, following statutory notice, to discontinue Heronsgate School, a community special school for 40 pupils aged 11-16 with behavioural, emotional and social difficulties (BESD), on 31 August 2027, and to enlarge Wearside Lodge School (SEMH, 11-16) and Chester Moor School (SEMH, 5-16) from 1 September 2027.
## 2. Recommendation
2.1 That Cabinet approves the discontinuance of Heronsgate School and the enlargement of Wearside Lodge School and Chester Moor School as set out in section 4.
## 3. Background
3.1 Heronsgate occupies a former residential home in an isolated rural location, 14 miles from the nearest town. It has 33 pupils on roll. Ofsted judged it "requires improvement" in 2024 and 2026, and the building cannot provide specialist teaching rooms.
## 4. The proposal
4.1 Special school places for pupils with SEMH (formerly BESD) needs in the county will change as follows:
| School | Places now | Places from 1 September 2027 |
| Heronsgate School | 40 | 0 (closes) |
| Wearside Lodge School | 60 | 90 |
| Chester Moor School | 48 | 64 |
| County total | 148 | 154 |
4.2 Every pupil at Heronsgate will move to a special school place. No pupil will be placed in the pupil referral unit or in alternative provision as a result of the closure. The placements, agreed with each family at an early annual review, are:
- 24 pupils in Years 7 to 9 (September 2027: Years 8 to 10) to Wearside Lodge School;
- 5 pupils whose EHC plans identify primary-phase learning needs to Chester Moor School;
- 4 pupils in Year 10 to Wearside Lodge School's Key Stage 4 centre, with their current key worker transferring with them.
4.3 The governing bodies of Wearside Lodge School (letter of 4 May 2027) and Chester Moor School (letter of 6 May 2027) have confirmed in writing that they will admit these pupils and that, with the works in section 6, they will have all the facilities needed to provide an appropriate curriculum. The letters are at Appendix 3.
## 5. Educational benefits
5.1 **Access to education.** Pupils will take GCSE English, maths and science and up to three further GCSE or BTEC subjects at Wearside Lodge (Heronsgate offers Entry Level and Functional Skills only), with work experience placements in Year 10 and a residential outdoor-education week each year. The proposal delivers action 2.3 of the Council's Accessibility Strategy 2025-2028 (specialist provision within 45 minutes of home for every pupil).
5.2 **Access to specialist staff.** Wearside Lodge has a full-time educational psychologist, a CAMHS link worker on site two days a week and a speech and language therapist one day a week; Heronsgate has none of these on site. The county's SEMH outreach service (four specialist teachers) is based at Wearside Lodge.
5.3 **Accommodation.** A new two-storey teaching block of 1,150 m² at Wearside Lodge will provide ten classrooms of 50 m², a science laboratory, two workshop rooms and a nurture suite; at Chester Moor two classrooms (110 m² in total) will be added. Both are due for completion in July 2027.
5.4 **Supply of places.** See table 4.1: SEMH special school places rise from 148 to 154, and the places are nearer to where pupils live.
## 6. Finance
6.1 Capital: £4.35m for Wearside Lodge and £0.6m for Chester Moor, from the High Needs Provision Capital Allocation 2025-26 (£3.2m) and the Council's approved capital programme (£1.75m).
6.2 Revenue: the closure of Heronsgate releases £1.58m a year of High Needs Block funding, which transfers with the pupils to the receiving schools at £38,500 per place.
## 7. Staffing
7.1 Wearside Lodge will add 6 teachers (6.0 FTE) and 10 teaching assistants (9.0 FTE); Chester Moor will add 2 teachers (2.0 FTE) and 3 teaching assistants (2.5 FTE). Heronsgate staff have been offered redeployment to these posts.
## 8. Transport
8.1 Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with Special Educational Needs and Disabilities will travel by minibus or taxi with a passenger assistant. Average journey times fall from 52 to 31 minutes; no journey will exceed 45 minutes.
## 9. Consultation
9.1 On 10 January 2027 the Council sent a written statement to the governing bodies of Heronsgate, Wearside Lodge and Chester Moor, to the management committee of the county's PRU and to all secondary schools, setting out the changing pattern of SEMH provision and inviting each to give its views in writing. The replies are at Appendix 2; Heronsgate's governing body accepts the closure.
"""

DOCS["32-governors-proposal-age-range-brackley-fen-sixth-form"] = """
@header Brackley Fen School – Governing Body
@footer Proposal to change the age range – v1.3
# Proposal by the Governing Body of Brackley Fen School to extend its age range from 11-16 to 11-19
Brackley Fen School is a foundation special school for pupils with moderate learning difficulties and autism, maintained by Cambria Fen County Council. This proposal is made by the governing body under paragraph 24 of the SEN Improvement Test, which applies to governors of foundation special schools.
## Section 1 – The proposal
1.1 From 1 September 2028 the school's age range will change from 11-16 to 11-19, adding a sixth form of 30 places (15 in each of Years 12 and 13) to its current 150 places, so the school will have 180 places.
1.2 All pupils now at the school stay at the school. No pupil will need to move; from 2028 Year 11 leavers will be able to stay on.
## Section 2 – Why
2.1 Each year about 20 Brackley Fen leavers go to general further education courses where more than a third withdraw within a year. The county has no post-16 specialist provision for this group south of the river.
## Section 3 – Educational benefits
**3.1 Curriculum and facilities.** Sixth-form students will follow a two-year study programme with English and maths, an Entry 3 or Level 1 vocational qualification in retail, horticulture or catering, a supported internship with a local employer in Year 13, and independent travel training. A training café and a horticulture unit will be equipped for these courses. This supports the County's Accessibility Strategy 2026-2029, objective 1 (improving access to the curriculum for disabled pupils).
**3.2 Specialist staff.** A careers adviser with SEND expertise (0.5 FTE), a job coach (1.0 FTE) and an occupational therapist for one day a week will work with sixth-form students; the county's Preparing for Adulthood team will attend every Year 12 review.
**3.3 Accommodation.** A 420 m² sixth-form building will provide two classrooms of 55 m², a training café with a commercial kitchen, a life-skills flat and a common room, completed by June 2028 at a cost of £1.9m.
**3.4 Places.** 150 places now; 180 from September 2028 (30 post-16 places for pupils with MLD and autism).
## Section 4 – Consultation with other providers
4.1 The governing body sent a written statement of the proposal on 20 September 2027 to Cambria Fen County Council, to the three further education colleges and two special schools with sixth forms in the county, and to the secondary schools whose pupils come to Brackley Fen, asking each to set out its views in writing. Fenland College wrote in support and has agreed to share its vocational workshops; the other replies are in Annex B.
## Section 5 – Transport
5.1 Post-16 transport will follow the County's Post-16 Transport and Travel Support Policy Statement for students with SEND: students who are eligible will travel by minibus with a passenger assistant, and every student will be offered independent travel training with the aim that at least half travel independently by the end of Year 13. Journeys will not exceed 60 minutes.
## Section 6 – Funding and staffing
| Item | Amount | Source |
| Sixth-form building | £1,900,000 | Cambria Fen High Needs Provision Capital Allocation 2027-28 |
| Place funding (30 places) | £300,000 a year | High Needs Block, £10,000 per place |
| Top-up (30 places) | £264,000 a year | High Needs Block, band P2 (£8,800) |
6.1 Staffing from September 2028: a head of sixth form (1.0 FTE), two teachers (2.0 FTE), four teaching assistants (3.6 FTE), the job coach (1.0 FTE) and the careers adviser (0.5 FTE); in September 2029 a further teacher (1.0 FTE) and two teaching assistants (1.8 FTE).
Approved by the governing body on 14 October 2027. Chair of Governors.
"""

DOCS["36-decision-record-redesignate-skelton-grange-mld-to-asc"] = """
@header Redcar Sands Borough Council – Record of Executive Member Decision
@footer Decision record RSB/ED/2027/18
# Record of decision: change of designation of Skelton Grange School
[sdt Decision reference] RSB/ED/2027/18
[sdt Decision maker] Executive Member for Children and Families
[sdt Date of decision] 2 August 2027
[sdt Subject] Change of designation of Skelton Grange School from moderate learning difficulties (MLD) to MLD and autism (ASC), with effect from 1 January 2028
[sdt Decision] 1. To approve the proposal published on 7 June 2027 to change the type of SEN for which Skelton Grange School, a community special school for 96 pupils aged 4-16, is designated, from MLD to MLD and ASC, from 1 January 2028. 2. To increase the school's capacity from 96 to 112 places from the same date, the 16 additional places being for autistic pupils.
[sdt Pupils affected] Every current pupil remains at Skelton Grange; the change of designation adds to the needs the school meets and does not require any pupil to move.
[sdt Reasons for the decision] 3. Of the borough's 141 autistic pupils with EHC plans who need specialist provision, 38 travel to schools outside the borough. 22 pupils at Skelton Grange already have a diagnosis of autism. 4. Pupils will benefit from a curriculum adapted for autistic learners: a structured TEACCH-based Key Stage 1-2 pathway, a Key Stage 4 pathway with GCSE English, maths and art and an Entry Level science certificate, and a sensory-integration programme every morning. The proposal meets action 3 of the Borough's Accessibility Strategy 2026-2029 (curriculum access for disabled pupils). 5. Pupils will also benefit from improved access to specialist staff, and the school will work closely with health and outreach colleagues to meet the needs of autistic pupils. 6. Two classrooms of 56 m² with adjoining low-stimulus rooms and a 30 m² sensory room will be created by remodelling the former caretaker's house, ready by December 2027 at a cost of £540,000.
[sdt Supply of places] 96 MLD places now; 112 places (MLD and ASC) from 1 January 2028.
[sdt Consultation undertaken] 7. The Council discussed the proposal with headteachers at the borough's special school and primary headteachers' briefings on 9 and 16 March 2027 and with the governing body of Skelton Grange on 23 March 2027. Parents were consulted through two open meetings and an online survey (47 responses, 40 in favour).
[sdt Transport] 8. Pupils eligible under the Council's Home to School Travel Policy for Pupils with SEND will be transported by taxi or minibus with a passenger assistant; journeys to Skelton Grange from any part of the borough are under 35 minutes.
[sdt Financial implications] 9. Capital of £540,000 from the Council's High Needs Provision Capital Allocation 2026-27. Revenue: £10,000 place funding and band A3 top-up (£14,200) for 16 places, £387,200 a year from the High Needs Block.
[sdt Staffing] 10. The school will appoint two teachers (2.0 FTE) and five teaching assistants (4.5 FTE) and an autism lead teacher (1.0 FTE) from September 2027.
[sdt Alternatives considered] Commissioning more out-of-borough places (rejected on cost and distance).
[sdt Declarations of interest] None.
"""

DOCS["41-cabinet-report-enlarge-cherry-tree-sld-appendix-places"] = """
@header Brecksham County Council – Cabinet 7 December 2027
@footer Agenda item 11 – Cherry Tree School
# Enlargement of Cherry Tree School, Thetmere
## Report of the Executive Director of Children's Services
**Summary.** Cherry Tree School is a county community special school for pupils aged 3-19 with severe learning difficulties (SLD). This report asks Cabinet to approve the publication of a statutory proposal to enlarge the school from September 2028. The places before and after the change are set out in Appendix 1.
## 1. Recommendations
1.1 That Cabinet approves publication of a statutory notice to enlarge Cherry Tree School from 1 September 2028.
1.2 That Cabinet notes that the capital cost will be met from the Council's capital programme, subject to approval by Full Council in February 2028.
## 2. Reasons
2.1 Cherry Tree has been full in every year group since 2023, and 19 pupils with SLD from the Thetmere area are placed in special schools more than 25 miles away.
2.2 No pupil will move school: the enlargement adds places at the existing site.
## 3. Benefits for pupils
3.1 Access to the curriculum and facilities: the enlarged school will have a rebound therapy room, a hydrotherapy pool (shared with the county's physical disability outreach service), a life-skills flat for the 16-19 pathway, and an accredited ASDAN Towards Independence programme for all Key Stage 4 pupils. The design meets objective 1 of the Brecksham Accessibility Strategy 2026-2029 (access to specialist facilities near home).
3.2 Access to specialist staff: a speech and language therapist (1.0 FTE, NHS), a physiotherapist (0.6 FTE) and a specialist nurse (1.0 FTE) will be based at the school, against visiting services today; the school's SLD outreach teacher (0.5 FTE) will support mainstream primary schools in the Thetmere cluster.
3.3 Accommodation: a new single-storey wing of 980 m² with six classrooms of 60 m², each with its own hygiene room, a 90 m² hydrotherapy pool hall and a rebound therapy room, to be completed by August 2028.
## 4. Consultation with providers
4.1 A written statement of the proposal was sent on 5 September 2027 to the governing body of Cherry Tree, to the county's other four SLD special schools and to all schools in the Thetmere cluster, inviting them to set out their views in writing. The 12 replies (Appendix 2) support the enlargement.
## 5. Transport
5.1 Transport for eligible pupils will be provided under the Council's Home to School Transport Policy for Children and Young People with SEND by adapted minibus with a passenger assistant. For the 19 pupils now travelling out of county, journeys fall from an average of 62 to 24 minutes.
## 6. Financial and staffing implications
6.1 The capital works are estimated at £5.6m and will be funded from the Council's capital programme, subject to approval. Revenue costs for the additional places will be met from the High Needs Block, subject to approval by Schools Forum.
6.2 Staffing: 6 additional teachers (6.0 FTE) and 18 teaching assistants (16.2 FTE) will be appointed from June 2028, with the therapists in 3.2.
## Appendix 1 – Places at Cherry Tree School
| Phase | Places now | Places from 1 September 2028 |
| Early Years and primary (3-11) | 44 | 62 |
| Secondary (11-16) | 40 | 52 |
| Post-16 (16-19) | 16 | 22 |
| Total | 100 | 136 |
## Appendix 2 – Responses from providers
Twelve responses were received; all support the proposal.
"""

DOCS["44-cabinet-report-three-proposals-northfield-windmill-semh"] = """
@header Harrowfield City Council
@footer Executive Board – 19 January 2028 – SEMH strategy
# SEMH specialist provision: three linked proposals
**Report of the Director of Children and Families to Executive Board**
## 1. Summary
1.1 This report brings three separate but linked proposals for decision, each with its own statutory process:
+ Proposal A: to close Northfield School, a community special school for 32 pupils aged 11-16 with behavioural, emotional and social difficulties, on 31 August 2028.
+ Proposal B: to enlarge Windmill School, a community special school for pupils aged 5-16 with social, emotional and mental health (SEMH) needs, from 70 to 112 places from 1 September 2028.
+ Proposal C: to establish an SEMH Inclusion Support Team based at Windmill School, offering outreach to primary and secondary schools from April 2028.
## 2. Places
2.1 SEMH special school places in the city:
| School | Primary places now | Secondary places now | Total now | Primary from Sept 2028 | Secondary from Sept 2028 | Total from Sept 2028 |
| Northfield | 0 | 32 | 32 | 0 | 0 | 0 |
| Windmill | 30 | 40 | 70 | 42 | 70 | 112 |
| City total | 30 | 72 | 102 | 42 | 70 | 112 |
## 3. Proposal A: Northfield pupils
3.1 Northfield has 27 pupils on roll. Every pupil will transfer to Windmill School's secondary phase on 1 September 2028 (Year 11 leavers in July 2028 excepted). No pupil will be placed in the city's pupil referral unit, Lister Lane Centre, as a result of the closure.
3.2 Windmill's governing body confirmed in writing on 8 December 2027 that it will admit every Northfield pupil and will have, with the works at 4.3, all the facilities needed to provide an appropriate curriculum.
## 4. Benefits (Proposals A and B)
4.1 Windmill's secondary phase will offer eight GCSEs, including triple science in a new laboratory, a BTEC in hospitality in its training kitchen and a weekly outdoor-learning day. This is action 5 of the City's Accessibility Strategy 2026-2029.
4.2 Windmill has a full-time clinical psychologist, a speech and language therapist three days a week and a school counsellor (1.0 FTE); Northfield has none of these.
4.3 Accommodation: a three-storey extension of 1,350 m² with fourteen classrooms of 50 m², a science laboratory, a training kitchen and three calm rooms, complete July 2028, £7.2m.
## 5. Proposal C: SEMH Inclusion Support Team
5.1 The team (a team leader and four specialist teachers, 5.0 FTE, and two family workers, 2.0 FTE) will offer each mainstream school a named adviser and up to six days of support a year.
## 6. Transport
6.1 Transport will continue to be provided for pupils who need it.
## 7. Consultation
7.1 The Council sent a written statement of the three proposals on 4 September 2027 to the governing bodies of Northfield and Windmill, the Lister Lane Centre's management committee, and every school and academy trust in the city, inviting each to set out its views in writing. 41 replies were received (Appendix C).
## 8. Finance and staffing
8.1 Capital: £7.2m from the High Needs Provision Capital Allocation 2026-28 (£5.5m) and the Council's capital programme (£1.7m), both approved. Revenue: Windmill's 42 additional places cost £1.05m a year (£25,000 per place) from the High Needs Block, met largely by Northfield's budget (£0.86m); the Inclusion Support Team costs £410,000 a year from the High Needs Block.
8.2 Staffing: Windmill adds 7 teachers (7.0 FTE) and 12 teaching assistants (11.0 FTE); the Inclusion Support Team posts are at 5.1.
"""

DOCS["46-trust-proposal-new-semh-free-school-kestrel-moor-textbox"] = """
@header Northern Lights Academy Trust
@footer Kestrel Moor School – proposal and consultation
# Kestrel Moor School: a new free special school for pupils with social, emotional and mental health needs
Proposal by Northern Lights Academy Trust, working with Wensford County Council. Consultation: 1 March to 12 April 2027.
[box]
KEY FACTS
School: Kestrel Moor School, Hartlepool Road, Wensford
Type: free special school (academy), SEMH, ages 11-16
Places: 60 new places (12 in each year group) from 1 September 2028
County SEMH special school places: 210 now, 270 from September 2028
Opening: 1 September 2028
[/box]
## 1. Why a new school?
1.1 Wensford places 46 pupils with SEMH needs in independent special schools, 29 of them more than an hour from home. The Department for Education approved the Trust's application in the 2026 special free schools wave.
1.2 Kestrel Moor is a new school. No existing school closes or changes, and no pupil is required to move.
## 2. What pupils will gain
2.1 Pupils will follow a curriculum leading to GCSEs in English, maths, science and two options, with vocational courses in construction and animal care on a small farm on the site, and the Duke of Edinburgh award. The school's design follows the County's Accessibility Strategy 2025-2028 (priority 3, sensory and physical access).
2.2 The school will employ a clinical psychologist (1.0 FTE), a speech and language therapist (0.6 FTE) and two family support workers (2.0 FTE), and will host the Trust's SEMH outreach service (three specialist teachers) for schools in the east of the county.
2.3 A new 2,000 m² building with ten classrooms of 50 m², each with an adjoining calm room, a science laboratory, a construction workshop, a sports hall and a farm unit, completed in July 2028.
## 3. Views of other providers
3.1 On 1 March 2027 the Trust and the County Council sent a written statement of the proposal to every special school, secondary school and academy trust in the county and to the management committee of the county PRU, inviting each to set out its views in writing by 12 April.
## 4. Transport
4.1 Home to school transport for pupils attending Kestrel Moor will be provided in line with Wensford County Council's Home to School Transport Policy for Children and Young People with SEND.
## 5. Funding and staffing
5.1 The building (about £12.4m) is funded by the Department for Education's free schools capital programme. Revenue: place funding (£10,000) and top-up (average £27,000) for 60 pupils, £2.22m a year at capacity, from Wensford's High Needs Block, agreed by Schools Forum on 19 January 2027.
5.2 Staffing at capacity: headteacher, deputy headteacher, 8 teachers (8.0 FTE), 12 teaching assistants (11.5 FTE) and the professionals at 2.2.
"""


def build_all(out=None):
    """Write every part b document into OUT (default: beside this script)."""
    folder = Path(out) if out else Path(__file__).resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    for name, markup in DOCS.items():
        build(markup, folder / (name + ".docx"))


if __name__ == "__main__":
    build_all(sys.argv[1] if len(sys.argv) > 1 else None)
