"""Hypothesis strategies for every kind of input senrules reads: rule files,
facts and parameter files (JSON and TOML), data-folder manifests, CSV and
Excel tables, proposal documents (Markdown, text, Word) and the
assistant's session files.

Each strategy mixes three things: real, valid inputs (the shipped rules, the
demo service's files) edited at random; the values that once broke senrules
(a 4,301-digit number, year 0, 9999-12-31, ``inf``, a path out of the data
folder, a formula with no saved value, nesting 100,000 deep); and random
text.  They return bytes, ready for the targets of ``fuzz/targets.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_RULES = sorted((ROOT / "senrules" / "rules" / "example").glob("*.rules"))
GOOD_RULES = sorted((ROOT / "tests" / "grammar" / "good").glob("*.rules"))
SEEDS = [p.read_text(encoding="utf-8") for p in EXAMPLE_RULES + GOOD_RULES]

#: Words and values that have broken parsers and readers before.
NASTY = [
    "{", "}", "(", ")", "[", "]", '"', "'", ":", ",", "..", "...", "%", "==", "!=", ">=", "<=", ">", "<", "=",
    "and", "or", "not", "is", "when", "otherwise", "met", "partly_met", "not_met", "good", "true", "grade",
    "criterion", "standard", "section", "fact", "parameter", "ruleset", "grading", "test", "given", "expect",
    "on", "per year", "within", "months", "before", "evaluation_date", "count(", "share(", "sum(", "of",
    'from "/etc/passwd" "S1"', 'from "../../x.rules" "S1"', "1" * 4301, "1" * 309 + ".5", "0.0000001",
    "2024-02-30", "0001-01-01", "9999-12-31", "99999", "-3", "inf", "nan", "1e999", "é", "\u202e", "\ufeff",
    "\x00", "\r\n", "\t", "\u00a0", "“", "≥", "x" * 40_000, "a." * 200, "(" * 150, "not (" * 120, "😀",
]

text_chunks = st.one_of(st.sampled_from(NASTY), st.text(max_size=30))


@st.composite
def edited(draw, seeds: list[str], chunks=text_chunks, max_edits: int = 6) -> str:
    """A seed text with a few random edits: insert, delete, replace, duplicate."""
    text = draw(st.sampled_from(seeds)) if seeds else ""
    for _ in range(draw(st.integers(0, max_edits))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(("insert", "delete", "replace", "duplicate")))
        if op == "insert":
            text = text[:at] + draw(chunks) + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
        elif op == "replace":
            text = text[:at] + draw(chunks) + text[at + draw(st.integers(1, 10)):]
        else:
            piece = text[at:at + draw(st.integers(1, 200))]
            text = text[:at] + piece + piece + text[at:]
    return text


def as_bytes(texts) -> st.SearchStrategy[bytes]:
    """Text as UTF-8, sometimes with a byte that is not UTF-8 or a BOM."""
    return st.tuples(texts, st.sampled_from((b"", b"\xff", b"\xe9", b"\xef\xbb\xbf", b"\x00"))).map(
        lambda pair: pair[1] + pair[0].encode("utf-8", "surrogatepass") if pair[1] == b"\xef\xbb\xbf"
        else pair[0].encode("utf-8", "surrogatepass") + pair[1],
    )


rule_files = as_bytes(st.one_of(edited(SEEDS), st.text(max_size=300)))

# ------------------------------------------------------------------ facts and parameters

EXAMPLE_FACTS = ["programmes_monitored", "monitoring_interval", "cyp_progress_rate", "views_acted_on", "interventions",
                 "plan_reviewed_on", "staff_understand_plan", "cyp_supported", "cyp_survey_date", "schools_positive",
                 "parents_positive", "practice_changes", "anecdotes", "not_a_fact"]
EXAMPLE_PARAMETERS = ["majority_of_cyp", "most_areas", "some_areas", "review_interval", "nonsense"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.sampled_from([10**400, -(10**20), 0, 100, 101, -1]),
    st.floats(), st.text(max_size=20),
    st.sampled_from(["2024-09-01", "0001-01-01", "9999-12-31", "2024-02-30", "12 months", "yes", "63%", "inf"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(
        st.one_of(st.sampled_from(["2023", "2024", "99999", "0", "-3", "change", "recorded_on"]), st.text(max_size=8)),
        inner, max_size=4,
    )),
    max_leaves=12,
)


def _dumps(value) -> str:
    return json.dumps(value, allow_nan=True)


@st.composite
def facts_documents(draw) -> bytes:
    facts = draw(st.dictionaries(st.sampled_from(EXAMPLE_FACTS), json_values, max_size=6))
    doc: dict = {"facts": facts}
    if draw(st.booleans()):
        doc["evaluation_date"] = draw(st.sampled_from(["2024-09-01", "0002-06-01", "9999-12-31", "soon", 5]))
    if draw(st.booleans()):
        doc[draw(st.sampled_from(["as_of", "service", "factz"]))] = draw(scalars)
    text = _dumps(doc)
    choice = draw(st.integers(0, 9))
    if choice == 0:
        depth = draw(st.sampled_from([50, 65, 100_000]))
        text = '{"facts": {"cyp_supported": ' + "[" * depth + "]" * depth + "}}"
    elif choice == 1:
        text = draw(edited([text], max_edits=3))
    return draw(as_bytes(st.just(text)))


@st.composite
def parameter_documents(draw) -> bytes:
    params = draw(st.dictionaries(st.sampled_from(EXAMPLE_PARAMETERS), json_values, max_size=4))
    doc = {"parameters": params} if draw(st.booleans()) else params
    text = _dumps(doc)
    if draw(st.integers(0, 5)) == 0:
        text = draw(edited([text], max_edits=3))
    return draw(as_bytes(st.just(text)))


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        text = repr(value)
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(text, text)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return '""'


toml_values = st.recursive(
    st.one_of(st.booleans(), st.integers(-(10**6), 10**6), st.floats(), st.text(max_size=15),
              st.sampled_from(["service-data.csv", "../secret.csv", "/etc/passwd", "surveys", "ob-indicators.xlsx",
                               "provision-map.xlsx", "answers.sqlite", "2023-24", "Academic year"])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)
SECTIONS = ["tabular", "tabulr", "outcomes_benchmarking", "survey", "provision_map", "facts_file", "answers",
            "proposal", "parameters", "nonsense"]
KEYS = ["file", "sheet", "year_column", "list", "round", "invited", "benchmark", "year", "ruleset", "columns",
        "facts", "values", "group_column", "date_column", "as_of", "nonsense"]


@st.composite
def manifests(draw) -> bytes:
    """A data folder's manifest: the demo's, edited, or one made up."""
    demo = (ROOT / "senrules" / "demo" / "northshire" / "senrules-data.toml").read_text(encoding="utf-8")
    if draw(st.booleans()):
        return draw(as_bytes(edited([demo], max_edits=4)))
    date = draw(st.sampled_from(["2024-09-30", "0001-01-01", "9999-12-31", '"x"']))
    lines = [f"evaluation_date = {date}"]
    for _ in range(draw(st.integers(0, 4))):
        section = draw(st.sampled_from(SECTIONS))
        lines.append(f"[[{section}]]")
        for key in draw(st.lists(st.sampled_from(KEYS), max_size=5, unique=True)):
            lines.append(f"{key} = {_toml_value(draw(toml_values))}")
    if draw(st.integers(0, 8)) == 0:
        depth = draw(st.sampled_from([60, 5000]))
        lines.append("deep = " + "[" * depth + "]" * depth)
    return draw(as_bytes(st.just("\n".join(lines) + "\n")))


# ------------------------------------------------------------------ tables

HEADERS = ["Academic year", "CYP supported", "Made expected progress (%)", "Review cycle (weeks)",
           "Change to practice", "Suggested by", "Recorded on", "PI", "Northshire", "National benchmark",
           "Respondent", "Submitted", "The service helps", "Intervention", "Group size", "Frequency/duration",
           "Staff", "Pupils", "Entry data", "Target", "Exit data", "Outcome", "Exit date", "Year", ""]
cells = st.one_of(
    st.none(), st.integers(-10, 10**6), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.sampled_from(["2023/24", "2024", "99999", "0", "-3", "63%", "140%", "yes", "no", "schools", "parents",
                     "Parents", "CYP", "Agree", "Strongly disagree", "2c", "3b", "banana", "+1", "Plus one sub-level",
                     "met", "not met", "12/07/2024", "2029-02-05", "31/02/2024", "=SUM(B2:B3)", "=1/0", "PI 3",
                     "1,204", "\u00a0", "x" * 300]),
)


@st.composite
def grids(draw) -> list[list]:
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(cells, max_size=len(header) + 2), max_size=8))
    return [header, *rows]


def _csv_cell(value) -> str:
    text = "" if value is None else str(value)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',;"\n\t') else text


@st.composite
def csv_files(draw) -> bytes:
    rows = draw(grids())
    sep = draw(st.sampled_from([",", ";", "\t"]))
    text = "\n".join(sep.join(_csv_cell(c) for c in row) for row in rows) + "\n"
    if draw(st.integers(0, 5)) == 0:
        text = draw(edited([text], max_edits=3))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    return text.encode(encoding, "replace")


@st.composite
def xlsx_files(draw) -> bytes:
    from fuzz_targets import workbook

    rows = [[_xlsx_cell(c) for c in row] for row in draw(grids())]
    data = workbook(rows, sheet=draw(st.sampled_from(["Data", "OB PIs", "2023-24"])))
    if draw(st.integers(0, 6)) == 0:  # damage the zip
        at = draw(st.integers(0, 10**6)) % len(data)  # (the file's length varies with its timestamp)
        data = data[:at] + draw(st.binary(max_size=8)) + data[at + draw(st.integers(0, 50)):]
    return data


def _xlsx_cell(value):
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return str(value)
    if isinstance(value, str):
        from fuzz_targets import _xml_safe

        return _xml_safe(value)
    return value


# ------------------------------------------------------------------ proposals

PHRASES = [
    "We propose to close Brook House School and open a new resource base.",
    "We hope to find places for the pupils in local schools.",
    "Host schools have confirmed in writing that they will take the pupils.",
    "Transport will follow the LA's SEN transport policy.",
    "Funding of £1.2m and planned staffing of 12 FTE are set out in Annex B.",
    "Pupils with BESD will not be placed long term in a PRU.",
    "The Accessibility Strategy is improved by level access.",
    "Specialist staff (QTVI, speech and language therapists) will be available.",
    "All providers were given the chance to set out their views in writing.",
]
proposal_lines = st.one_of(st.sampled_from(PHRASES), st.sampled_from(NASTY), st.text(max_size=60),
                           st.sampled_from(["# Heading", "## Key factor (a)", "- item", "1. item", "| a | b |",
                                            "|---|---|", "> quote", "```", "---"]))


@st.composite
def markdown_documents(draw) -> bytes:
    lines = draw(st.lists(proposal_lines, max_size=25))
    text = "\n".join(lines)
    if draw(st.integers(0, 10)) == 0:
        text = "We will. " * draw(st.integers(100, 3000))
    return draw(as_bytes(st.just(text)))


@st.composite
def word_documents(draw) -> bytes:
    from fuzz_targets import word

    return word(draw(st.lists(proposal_lines, max_size=15)))


# ------------------------------------------------------------------ session files

#: Damage a session file may suffer: a byte changed, the file cut short or
#: grown, a run of bytes zeroed, two pages swapped (a bad copy).
session_damage = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("grow"), st.integers(1, 5000), st.integers(0, 255)),
    st.tuples(st.just("swap"), st.integers(0, 64), st.integers(0, 64)),
    st.tuples(st.just("zero"), st.integers(0, 10**6), st.integers(1, 4096)),
)


def damage(data: bytes, steps) -> bytes:
    out = bytearray(data)
    for kind, a, b in steps:
        if not out:
            break
        if kind == "flip":
            out[a % len(out)] ^= b
        elif kind == "cut":
            del out[a % len(out):]
        elif kind == "grow":
            out += bytes([b]) * a
        elif kind == "zero":
            start = a % len(out)
            out[start:start + b] = bytes(min(b, len(out) - start))
        else:  # swap whole pages
            page = 4096
            pages = len(out) // page
            if pages >= 2:
                i, j = a % pages, b % pages
                pi, pj = out[i * page:(i + 1) * page], out[j * page:(j + 1) * page]
                out[i * page:(i + 1) * page], out[j * page:(j + 1) * page] = pj, pi
    return bytes(out)


@st.composite
def session_files(draw) -> bytes:
    """The assistant's session file (``fuzz_targets.valid_session``), damaged
    by one to four steps; now and then left whole, or random bytes."""
    from fuzz_targets import valid_session

    choice = draw(st.integers(0, 19))
    if choice == 0:
        return valid_session()
    if choice == 1:
        return draw(st.binary(max_size=200))
    return damage(valid_session(), draw(st.lists(session_damage, min_size=1, max_size=4)))
