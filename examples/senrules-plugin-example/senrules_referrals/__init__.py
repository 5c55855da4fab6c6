"""CYP supported this year, counted from a case system's referrals export."""

import csv
import datetime as dt

from senrules import Evidence, Provenance, hookimpl
from senrules.gather import Problem


@hookimpl
def senrules_gather_evidence(ruleset, context):
    path = context.path("referrals.csv")
    if "cyp_supported" not in ruleset.facts or not path.exists():
        return None  # nothing to say for this ruleset or folder
    start = dt.date(context.year - 1, 9, 1)  # the academic year being evaluated
    children, problems = set(), []
    with open(path, newline="", encoding="utf-8") as fh:
        for row_number, row in enumerate(csv.DictReader(fh), start=2):
            try:
                opened = dt.date.fromisoformat(row["referred_on"])
                closed = dt.date.fromisoformat(row["closed_on"]) if row["closed_on"] else None
            except ValueError as err:
                problems.append(Problem(f"{err}: write dates YYYY-MM-DD", file=context.display(path), row=row_number, facts=["cyp_supported"]))
                continue
            if opened <= context.evaluation_date and (closed is None or closed >= start):
                children.add(row["child_id"])
    if problems:
        return problems  # a count with rows missing would be wrong: leave it unknown
    where = Provenance("referrals", file=context.display(path), record=f"{len(children)} children", as_of=context.evaluation_date)
    return [Evidence("cyp_supported", len(children), where)]
