"""Regenerate the fictional demo service in senrules/demo/northshire/ (the data
files and answers.sqlite; senrules-data.toml is written by hand).  Seeded, so
the survey responses come out the same; the .xlsx files differ only in their
timestamps.  Run: python tests/plugins/data/make_northshire_demo.py"""

import csv, random, datetime as dt, sqlite3, json
from pathlib import Path
import openpyxl
from openpyxl.styles import Font

out = Path(__file__).resolve().parents[3] / "senrules" / "demo" / "northshire"
(out / "surveys").mkdir(parents=True, exist_ok=True)
rnd = random.Random(2024)

# ---- OB indicators (xlsx)
pis = [
 # n, values 2022..2024, benchmarks 2022..2024
 (1, [19.4, 20.1, 21.0], [20.2, 20.5, 20.8]),
 (2, [72.5, 74.0, 76.8], [74.1, 74.9, 75.6]),
 (3, [31, 34, 38], [35, 36, 37]),
 (4, [68, 71, 74], [70, 71, 72]),
 (5, [64, 66, 65], [67, 68, 68]),
 (6, [44, 47, 51], [46, 47, 48]),
 (7, [52, 55, 58], [54, 55, 56]),
 (8, [49, 48, 50], [51, 52, 52]),
 (9, [61, 63, 66], [60, 61, 62]),
 (10, [28, 31, 33], [30, 31, 31]),
 (11, [36, 38, 41], [37, 38, 39]),
 (12, [88, 91, 93], [90, 90, 91]),
 (13, [5.2, 4.6, 3.9], [4.8, 4.7, 4.5]),
 (14, [0.4, 0.3, 0.0], [0.3, 0.3, 0.3]),
]
cohorts = {1: 11, 2: 11, 3: 11, 4: 17, 5: 17, 6: 17, 7: 14, 8: 14, 9: 14, 10: 14, 11: 14, 12: 14, 13: 184, 14: 184}
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "OB PIs"
ws.append(["Academic year", "PI", "Indicator", "Cohort", "Northshire", "National benchmark"])
for c in ws[1]:
    c.font = Font(bold=True)
for yi, year in enumerate(["2021/22", "2022/23", "2023/24"]):
    for n, vals, bench in pis:
        ws.append([year, f"PI {n}", None, cohorts[n], vals[yi], bench[yi]])
names = {1: "EYFS CLL average score", 2: "EYFS total average score", 3: "EYFS 78+ points", 4: "KS2 English 2+ levels progress",
         5: "KS2 maths 2+ levels progress", 6: "KS2 L4+ English and maths", 7: "KS4 English expected progress", 8: "KS4 maths expected progress",
         9: "5+ A*-G inc English and maths", 10: "5+ A*-C inc English and maths", 11: "5+ A*-C any subjects", 12: "Planned paths at end of KS4",
         13: "Fixed-term exclusion", 14: "Permanent exclusion"}
for row in ws.iter_rows(min_row=2):
    n = int(row[1].value.split()[1])
    row[2].value = names[n]
for col, w in zip("ABCDEF", (14, 7, 34, 8, 12, 20)):
    ws.column_dimensions[col].width = w
notes = wb.create_sheet("Notes")
notes.append(["Fictional data for the senrules demo. PIs are the 2012 NatSIP OB set; benchmarks are national."])
wb.save(out / "ob-indicators.xlsx")

# ---- service data (csv)
with open(out / "service-data.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Academic year", "CYP supported", "Made expected progress (%)", "Met their targets (%)", "Similar services: met targets (%)", "Review cycle (weeks)"])
    w.writerow(["2021/22", 171, 54, 58, 60, 13])
    w.writerow(["2022/23", 179, 59, 62, 61, 13])
    w.writerow(["2023/24", 184, 63, 66, 62, 12])

with open(out / "practice-changes.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Change to practice", "Suggested by", "Recorded on"])
    w.writerow(["Termly review meetings moved into schools", "schools", "30/06/2022"])
    w.writerow(["Home visits offered after school hours", "parents", "20/11/2023"])
    w.writerow(["Large-print versions of all target sheets", "CYP", "05/02/2024"])
    w.writerow(["Braille club timetable shared with parents each half term", "parents", "14/05/2024"])

# ---- surveys: two rounds, one row per response
Q_PROGRESS = "The service helps children and young people make progress"
Q_VIEWS = "My views are listened to and acted on"
Q_PLAN = "I understand the service plan and my part in it"
LIKERT = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree", "Don't know"]

def answers(p_pos, n, rnd):
    out = []
    for _ in range(n):
        r = rnd.random()
        if r < p_pos:
            out.append(rnd.choice(["Strongly agree", "Agree", "Agree"]))
        elif r < p_pos + 0.12:
            out.append("Neither agree nor disagree")
        elif r < 0.97:
            out.append(rnd.choice(["Disagree", "Disagree", "Strongly disagree"]))
        else:
            out.append("Don't know")
    return out

def survey(year, start, groups):
    rows = []
    rid = 1
    for group, n, pos in groups:
        prog = answers(pos["progress"], n, rnd)
        views = answers(pos["views"], n, rnd)
        plan = answers(pos.get("plan", 0), n, rnd) if group == "Staff" else [""] * n
        for i in range(n):
            day = start + dt.timedelta(days=rnd.randrange(0, 24))
            rows.append([f"R{year}-{rid:03d}", day.strftime("%d/%m/%Y"), group, prog[i], views[i], plan[i]])
            rid += 1
    rows.sort(key=lambda r: dt.datetime.strptime(r[1], "%d/%m/%Y"))
    with open(out / "surveys" / f"stakeholder-survey-{year}.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Response ID", "Submitted", "Respondent", Q_PROGRESS, Q_VIEWS, Q_PLAN])
        w.writerows(rows)

survey(2023, dt.date(2023, 5, 8), [("CYP", 39, {"progress": 0.70, "views": 0.66}), ("Parents", 52, {"progress": 0.66, "views": 0.62}),
                                   ("Schools", 31, {"progress": 0.74, "views": 0.70}), ("Staff", 18, {"progress": 0.85, "views": 0.80, "plan": 0.86})])
survey(2024, dt.date(2024, 5, 6), [("CYP", 47, {"progress": 0.74, "views": 0.70}), ("Parents", 58, {"progress": 0.70, "views": 0.66}),
                                   ("Schools", 34, {"progress": 0.80, "views": 0.72}), ("Staff", 19, {"progress": 0.88, "views": 0.84, "plan": 0.92})])

# ---- provision map (xlsx, nasen format)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "2023-24"
ws.append(["Intervention", "Group size", "Frequency/duration", "Staff", "Pupils", "Entry data", "Target", "Exit data", "Outcome", "Exit date"])
for c in ws[1]:
    c.font = Font(bold=True)
rows = [
 ("Braille literacy", "1:2", "3 x 30 mins x 12 weeks", "QTVI", [("Ava", "2c", "2b", "Met"), ("Leo", "2b", "2a", "Met"), ("Maya", "1a", "2c", "Met"), ("Noah", "2c", "2c", "Not met")], "Plus one sub-level", "12/07/2024"),
 ("Mobility and independence", "1:1", "2 x 45 mins x 10 weeks", "Habilitation specialist", [("Ivy", 3, 5, ""), ("Sam", 2, 4, ""), ("Zara", 4, 5, ""), ("Finn", 1, 3, ""), ("Ella", 3, 4, ""), ("Omar", 2, 4, "")], "+2", "19/07/2024"),
 ("Listening skills group", "1:4", "4 x 20 mins x 6 weeks", "QToD", [("Ben", "1c", "1b", ""), ("Lily", "1b", "1b", ""), ("Jack", "1c", "1c", ""), ("Mia", "1b", "1a", ""), ("Theo", "1c", "1c", ""), ("Ruby", "1a", "1a", ""), ("Alfie", "1b", "1b", ""), ("Grace", "1c", "1c", "")], "Plus one sub-level", "28/06/2024"),
 ("Touch typing", "1:3", "2 x 20 mins x 8 weeks", "TA (VI)", [("Ava", 12, "", ""), ("Finn", 9, "", ""), ("Omar", 15, "", "")], "+10", ""),
]
for name, size, freq, staff, pupils, tgt, exit_date in rows:
    for i, (pupil, entry, exit_, outcome) in enumerate(pupils):
        ws.append([name if i == 0 else None, size if i == 0 else None, freq if i == 0 else None, staff if i == 0 else None,
                   pupil, entry, tgt if i == 0 else None, exit_ if exit_ != "" else None, outcome or None,
                   dt.datetime.strptime(exit_date, "%d/%m/%Y") if (exit_date and i == 0) else None])
for col, w in zip("ABCDEFGHIJ", (26, 10, 22, 22, 10, 10, 18, 10, 10, 12)):
    ws.column_dimensions[col].width = w
for row in ws.iter_rows(min_row=2, min_col=10, max_col=10):
    row[0].number_format = "DD/MM/YYYY"
wb.save(out / "provision-map.xlsx")

# ---- answers (sqlite): a person's answers in the assistant
db = out / "answers.sqlite"
if db.exists():
    db.unlink()
con = sqlite3.connect(db)
con.execute("CREATE TABLE answers_v1 (id INTEGER PRIMARY KEY, fact TEXT NOT NULL, year INTEGER, value TEXT NOT NULL, note TEXT, answered_at TEXT NOT NULL, service TEXT, ruleset TEXT)")
svc = "Northshire Sensory Support Service"
for fact, value, note, at in [
    ("programmes_monitored", True, "Every intervention has a termly review sheet", "2024-09-12T10:02:11"),
    ("views_acted_on", "often", None, "2024-09-12T10:04:40"),
    ("plan_based_on_benchmarking", True, "The 2024-27 plan uses the OB report and the regional comparison", "2024-09-12T10:06:05"),
    ("plan_reviewed_on", "2024-03-14", None, "2024-09-12T10:07:30"),
    ("feedback_since", 2019, None, "2024-09-12T10:09:02"),
    ("cyp_supported", 186, "Two late referrals in August are not in the year-end return", "2024-09-12T10:11:47"),
    ("ob_participant", True, "Northshire has sent an OB return every year since 2012", "2024-09-12T10:13:20"),
    ("service_set_targets", True, None, "2024-09-12T10:14:02"),
    ("outcome_data_years", 3, None, "2024-09-12T10:14:40"),
]:
    con.execute("INSERT INTO answers_v1 (fact, year, value, note, answered_at, service, ruleset) VALUES (?,?,?,?,?,?,?)",
                (fact, None, json.dumps(value), note, at, svc, "example"))
con.commit()
con.close()
print("ok")
