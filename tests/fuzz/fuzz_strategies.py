"""Hypothesis strategies for every kind of input senrules reads: rule files,
facts and parameter files (JSON and TOML), data-folder manifests, CSV and
Excel tables, proposal documents (Markdown, text, Word) and the
assistant's session files.

Two families.  The shallow strategies (the first sections) mix real, valid
inputs (the shipped rules, the demo service's files) edited at random; the
values that once broke senrules (a 4,301-digit number, year 0, 9999-12-31,
``inf``, a path out of the data folder, a formula with no saved value,
nesting 100,000 deep); and random text: most of what they make is refused
by the readers, which is what they test.  The deep strategies (the sections
headed "deep") make inputs that are valid but unusual, from the shipped
rulesets' declarations and the demo's own files, so that most of them reach
the evaluation.  ``facts_inputs``, ``parameters_inputs``, ``rule_inputs``,
``manifest_inputs``, ``csv_inputs``, ``xlsx_inputs``, ``proposal_inputs``
and ``session_inputs`` mix the two, mostly deep; they are what the targets
of ``fuzz/fuzz_targets.py`` are given (see docs/fuzzing.md).
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import re
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


# ------------------------------------------------------------------ deep inputs: valid but unusual
#
# The strategies above put at least one wrong value in nearly every facts or
# parameters file, so nearly every input stopped at the reader.  The deep
# strategies below read the fact and parameter declarations of the shipped
# rulesets the targets evaluate against and make documents the reader
# accepts, with values at the edges of what is allowed (0, the ends of a
# declared range, fractions, 10**15, the first and last dates and years
# senrules takes, leap days, years far from the evaluation date, missing
# facts, unicode), so that the evaluation, its explanations and its JSON get
# the input.  One in twenty still carries one wrong value, so the reader's
# messages keep being tried.


#: The shipped rulesets the facts and parameters targets evaluate against.
DEEP_RULESETS = ("example", "dcsf-2008")
#: Limits of what the facts reader accepts (senrules.facts): kept in step by
#: tests/fuzz/test_fuzz_depth.py, which checks that most deep inputs are accepted.
MAX_MAGNITUDE = 10**15
EARLIEST, LATEST = _dt.date(1900, 1, 1), _dt.date(2199, 12, 31)
ODD_YEARS = [1900, 1901, 1999, 2000, 2008, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2099, 2100, 2198, 2199]
ODD_DATES = [EARLIEST, LATEST, _dt.date(2024, 2, 29), _dt.date(2000, 2, 29), _dt.date(2024, 9, 1), _dt.date(2024, 8, 31),
             _dt.date(2024, 9, 2), _dt.date(2023, 9, 1), _dt.date(2008, 4, 1), _dt.date(2099, 12, 31), _dt.date(2100, 1, 1)]
ODD_TEXT = ["", " ", "x" * 10_000, "\u202e\u05e9\u05dc\u05d5\u05dd", "😀" * 50, "line one\nline two", 'a "quoted" \\ word',
            "<script>alert(1)</script>", "{fact}", "%s %d", "\t\r\n", "é" * 300, "\u0000", "\ud800"]


@functools.lru_cache(maxsize=None)
def shipped_model(name: str):
    """The facts and parameters a shipped ruleset declares (loaded once)."""
    from senrules.ruleset import load_ruleset

    rs = load_ruleset(name)
    return dict(rs.facts), dict(rs.parameters)


def _numbers(kind: str, rng) -> st.SearchStrategy:
    low, high = (rng.low, rng.high) if rng is not None else ((0, 100) if kind == "percentage" else (None, None))
    if kind == "percentage":
        low, high = max(low, 0), min(high, 100)
    whole = kind == "integer"
    edges = [] if low is None else [low, high, low + (1 if whole else 0.5), high - (1 if whole else 0.5), (low + high) / 2]
    if low is None:
        edges = [0, 1, -1, MAX_MAGNITUDE, -MAX_MAGNITUDE, 10**9]
        inside = st.integers(-MAX_MAGNITUDE, MAX_MAGNITUDE) if whole else st.floats(-1e15, 1e15, allow_nan=False)
    else:
        lo, hi = (int(-(-low // 1)), int(high // 1)) if whole else (low, high)
        inside = st.integers(lo, hi) if whole else st.floats(low, high, allow_nan=False, allow_subnormal=True)
    if whole:
        edges = [int(e) for e in edges if float(e).is_integer() and (low is None or low <= e <= high)]
    values = st.one_of(st.sampled_from(edges or [0]), inside)
    if whole:  # a whole number may be written 13.0 or "13"
        return st.one_of(values, values.map(float).filter(lambda v: abs(v) < 2**53), values.map(str))
    if kind == "percentage":
        return st.one_of(values, st.sampled_from([1 / 3, 200 / 3, 0.0001, 99.9999]), values.map(lambda v: f"{v}%").filter(lambda s: "e" not in s))
    return st.one_of(values, values.map(str).filter(lambda s: "e" not in s))


def _dates() -> st.SearchStrategy:
    return st.one_of(st.sampled_from(ODD_DATES), st.dates(EARLIEST, LATEST))


def values_of(ftype, rng=None) -> st.SearchStrategy:
    """A value the facts reader accepts for a fact (or field) of ``ftype``."""
    kind = ftype.kind
    if kind == "boolean":
        return st.one_of(st.booleans(), st.sampled_from(["yes", "no", "True", " false "]))
    if kind in ("integer", "number", "percentage"):
        return _numbers(kind, rng)
    if kind == "date":
        return _dates()
    if kind == "text":
        return st.one_of(st.sampled_from(ODD_TEXT), st.text(max_size=40))
    if kind == "choice":
        return st.sampled_from(ftype.choices)
    if kind == "duration":
        return durations()
    if kind == "list":
        fields = dict(ftype.fields)
        record = st.fixed_dictionaries({}, optional={name: st.one_of(st.none(), values_of(t)) for name, t in fields.items()})
        return st.one_of(st.lists(record, max_size=6), st.lists(record, min_size=50, max_size=200))
    return st.none()


def durations() -> st.SearchStrategy:
    amounts = st.one_of(st.sampled_from(["0", "1", "1.5", "12", "52", "100", "1000", "0.001"]), st.integers(0, 500).map(str))
    units = st.sampled_from(["day", "days", "week", "weeks", "month", "months", "year", "years"])
    return st.tuples(amounts, units, st.sampled_from([" ", "  "])).map(lambda t: f"{t[0]}{t[2]}{t[1]}")


@functools.lru_cache(maxsize=None)
def fact_value(fact) -> st.SearchStrategy:
    """A value for ``fact`` (a per-year fact: ``{year: value}`` over odd
    years); now and then null, which means unknown."""
    one = values_of(fact.type, fact.range)
    if fact.per_year:
        years = st.one_of(st.sampled_from(ODD_YEARS), st.integers(1900, 2199))
        series = st.one_of(st.dictionaries(years, one, max_size=6), st.dictionaries(years, one, min_size=30, max_size=60))
        one = series.map(lambda d: {str(y): v for y, v in d.items()})
    return st.one_of(one, one, one, one, st.none())


@functools.lru_cache(maxsize=None)
def demo_facts(ruleset: str) -> dict:
    """The shipped demo facts document of ``ruleset`` (its ``demo.json``)."""
    return json.loads((ROOT / "senrules" / "rules" / ruleset / "demo.json").read_text(encoding="utf-8"))


@st.composite
def deep_facts(draw, ruleset: str) -> dict:
    """A facts document for ``ruleset`` that the facts reader accepts (19
    times in 20): half the time the ruleset's demo facts with up to a dozen
    values changed or left out (so most criteria are decided, and the
    grades above them), half the time a few of its facts alone."""
    import copy

    facts, _ = shipped_model(ruleset)
    names = sorted(facts)
    if draw(st.booleans()):
        doc = copy.deepcopy(demo_facts(ruleset))
        doc["facts"] = {k: v for k, v in doc.get("facts", {}).items() if k in facts}
        for name in draw(st.lists(st.sampled_from(names), max_size=12, unique=True)):
            if draw(st.integers(0, 4)) == 0:
                doc["facts"].pop(name, None)
            else:
                doc["facts"][name] = draw(fact_value(facts[name]))
        chosen = sorted(doc["facts"])
    else:
        chosen = draw(st.lists(st.sampled_from(names), max_size=16, unique=True))
        doc = {"facts": {name: draw(fact_value(facts[name])) for name in chosen}}
    if draw(st.booleans()):
        doc["evaluation_date"] = draw(_dates())
    if draw(st.integers(0, 3)) == 0:
        doc["as_of"] = draw(_dates())
    if draw(st.integers(0, 3)) == 0:
        doc["service"] = draw(st.one_of(st.sampled_from(ODD_TEXT), st.text(max_size=20)))
    if draw(st.integers(0, 19)) == 0:  # one wrong thing, so the reader's messages are tried too
        if draw(st.booleans()) or not chosen:
            doc["facts"][draw(st.sampled_from(["not_a_fact", "Cyp_supported", ""]))] = draw(scalars)
        else:
            doc["facts"][draw(st.sampled_from(chosen))] = draw(json_values)
    return doc


@functools.lru_cache(maxsize=None)
def parameter_value(param) -> st.SearchStrategy:
    if param.type.kind == "duration":
        return durations()
    return values_of(param.type, param.range)


@st.composite
def deep_parameters(draw, ruleset: str) -> dict:
    """Parameter values for ``ruleset`` that the reader accepts (19 times
    in 20), at the edges of their ranges."""
    _, params = shipped_model(ruleset)
    names = sorted(params)
    chosen = draw(st.one_of(st.lists(st.sampled_from(names), min_size=1, max_size=6, unique=True), st.just(names)))
    values = {name: draw(parameter_value(params[name])) for name in chosen}
    if draw(st.integers(0, 19)) == 0:
        values[draw(st.sampled_from(names + ["nonsense"]))] = draw(scalars)
    return values


def _json_default(value):
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _toml_scalar(value) -> str | None:
    if value is None:
        return None  # TOML has no null: the fact is left out
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        inner = [(k, _toml_scalar(v)) for k, v in value.items()]
        return "{ " + ", ".join(f"{json.dumps(str(k))} = {v}" for k, v in inner if v is not None) + " }"
    if isinstance(value, list):
        inner = [_toml_scalar(v) for v in value]
        return "[" + ", ".join(v for v in inner if v is not None) + "]"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return f"{value:.1f}"
    if isinstance(value, str):  # a TOML string: no surrogate escapes, DEL escaped
        text = value.encode("utf-8", "replace").decode("utf-8")
        return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
    return _toml_value(value)


def document_bytes(doc: dict, toml: bool, *, section: str | None = None) -> bytes:
    """``doc`` as JSON or TOML (a nested table for ``section``)."""
    if not toml:
        return json.dumps(doc, default=_json_default).encode("ascii")
    lines, tables = [], []
    for key, value in doc.items():
        if isinstance(value, dict) and key == section:
            tables.append(f"[{key}]")
            tables += [f"{json.dumps(k)} = {v}" for k, v in ((k, _toml_scalar(v)) for k, v in value.items()) if v is not None]
        elif (text := _toml_scalar(value)) is not None:
            lines.append(f"{json.dumps(key)} = {text}")
    return "\n".join(lines + tables).encode("utf-8", "surrogatepass") + b"\n"


@st.composite
def deep_facts_inputs(draw) -> tuple[str, bool, bytes]:
    """(ruleset, TOML or not, the file): a facts file that reaches the
    evaluation 19 times in 20."""
    ruleset = draw(st.sampled_from(["example", "example", "example", "dcsf-2008"]))
    toml = draw(st.booleans())
    return ruleset, toml, document_bytes(draw(deep_facts(ruleset)), toml, section="facts")


@st.composite
def deep_parameters_inputs(draw) -> tuple[str, bool, bytes]:
    ruleset = draw(st.sampled_from(["example", "example", "example", "dcsf-2008"]))
    toml = draw(st.booleans())
    values = draw(deep_parameters(ruleset))
    doc = {"parameters": values} if not toml and draw(st.booleans()) else values
    return ruleset, toml, document_bytes(doc, toml, section="parameters")


def mostly(deep: st.SearchStrategy, other: st.SearchStrategy, *, one_in: int) -> st.SearchStrategy:
    """``deep``, but one time in ``one_in`` ``other`` (``st.one_of`` would
    give each half the time, and repeating a strategy in it changes nothing)."""
    return st.integers(1, one_in).flatmap(lambda n: other if n == 1 else deep)


def _shallow(documents) -> st.SearchStrategy[tuple[str, bool, bytes]]:
    return st.tuples(st.just("example"), st.just(False), documents)


#: Facts files for the targets: (ruleset, TOML or not, the file), nine in
#: ten deep (valid but unusual), one in ten from the shallow strategy (a
#: wrong value in nearly every one).
facts_inputs = mostly(deep_facts_inputs(), _shallow(facts_documents()), one_in=10)
parameters_inputs = mostly(deep_parameters_inputs(), _shallow(parameter_documents()), one_in=10)


# ------------------------------------------------------------------ deep rule files: mutated so they still parse
#
# A rule file edited a character at a time rarely parses, so it tests the
# parser's messages and little else.  These edits work on the language's
# tokens and blocks, outside strings and comments: a comparison swapped, a
# number or a percentage changed (0, huge, a fraction), `and` for `or`, one
# level or grade for another, `true` for `false`, a condition wrapped in
# brackets or `not (not (...))` up to the nesting limit, a criterion dropped
# or copied under a new id (up to 30 more in one standard), a fact or
# parameter renamed everywhere to a long name.  The input is a whole ruleset
# folder (every file of a shipped ruleset, and its demo facts), so the
# result can be checked, formatted, tested and evaluated.

#: A rules input holding several files: each starts with this line and its name.
FILE_MARK = "#%% senrules-fuzz file: "
RULESETS_DIR = ROOT / "senrules" / "rules"
#: The shipped rulesets whose folders seed the deep rule files, and how
#: often each is drawn (dcsf-2008, with 400 KB of rules, is slow to check).
RULE_SEEDS = ["example"] * 6 + ["ehc-plan-specificity-2014", "ehc-timescales-2014", "hmi-2005", "nasen-2014-cyp-voice",
                                "nasen-2014-graduated", "nasen-2014-parent-engagement", "nasen-2014-readiness",
                                "sen-information-report-2014", "sen-policy-2014", "sen-improvement-test-2007", "dcsf-2008"]


def pack(files: list[tuple[str, str]]) -> str:
    """Several files as one rules input (see ``fuzz_targets.rules``)."""
    return "".join(f"{FILE_MARK}{name}\n{text}" for name, text in files)


@functools.lru_cache(maxsize=None)
def seed_folder(name: str) -> tuple[tuple[str, str], ...]:
    folder = RULESETS_DIR / name
    files = sorted(folder.glob("*.rules")) + sorted(folder.glob("demo.json"))
    return tuple((p.name, p.read_text(encoding="utf-8")) for p in files)


_SKIP = re.compile(r'"(?:[^"\\\n]|\\.)*"|#[^\n]*')


def _code(pattern: re.Pattern, text: str) -> list[re.Match]:
    """Matches of ``pattern`` outside strings and comments."""
    skip = [m.span() for m in _SKIP.finditer(text)]
    out, i = [], 0
    for match in pattern.finditer(text):
        while i < len(skip) and skip[i][1] <= match.start():
            i += 1
        if i < len(skip) and skip[i][0] <= match.start() < skip[i][1]:
            continue
        out.append(match)
    return out


def _block_end(text: str, start: int) -> int | None:
    """The end of the ``{ ... }`` block whose ``{`` is the first at or after
    ``start`` (strings and comments skipped)."""
    depth, i = 0, text.find("{", start)
    if i < 0:
        return None
    while i < len(text):
        ch = text[i]
        if ch == '"' or ch == "#":
            match = _SKIP.match(text, i)
            i = match.end() if match else i + 1
            continue
        depth += ch == "{"
        depth -= ch == "}"
        i += 1
        if depth == 0:
            return i
    return None


_OPERATOR = re.compile(r"(?<=\s)(>=|<=|==|!=|>|<)(?=\s)")
_NUMBER = re.compile(r"(?<![\w.\-:/])\d+(?:\.\d+)?(?=%|(?![\w.\-/]))")
_AND_OR = re.compile(r"\b(and|or)\b")
_LEVEL = re.compile(r"\b(met|partly_met|not_met|outstanding|good|satisfactory|inadequate)\b")
_BOOL = re.compile(r"\b(true|false)\b")
_CLAUSE = re.compile(r"\bwhen (?P<cond>[^\n{}]+)$", re.M)
_CRITERION = re.compile(r"^[ \t]*criterion (?P<id>[A-Za-z_][\w.]*)", re.M)
_DECLARED = re.compile(r"^(?:fact|parameter) (?P<name>[A-Za-z_]\w*)", re.M)
NUMBERS = ["0", "1", "2", "3", "7", "13", "50", "99", "100", "101", "0.5", "0.001", "33.333333", "99999",
           "1000000000000000", "1" * 40]


@st.composite
def rule_edit(draw, text: str) -> str:
    """One edit of a rule file that keeps it parsing (mostly)."""
    op = draw(st.sampled_from(("operator", "number", "number", "and_or", "level", "bool", "nest", "drop",
                               "copy", "copies", "rename")))
    if op in ("operator", "number", "and_or", "level", "bool"):
        pattern = {"operator": _OPERATOR, "number": _NUMBER, "and_or": _AND_OR, "level": _LEVEL, "bool": _BOOL}[op]
        found = _code(pattern, text)
        if op == "operator":  # not the order of levels in a header (`met > partly_met`)
            found = [m for m in found if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip().startswith(
                ("outcomes", "grades", "levels"))]
        if not found:
            return text
        match = draw(st.sampled_from(found))
        choices = {"operator": [">=", "<=", "==", "!=", ">", "<"], "number": NUMBERS, "and_or": ["and", "or"],
                   "level": ["met", "partly_met", "not_met", "outstanding", "good", "satisfactory", "inadequate"],
                   "bool": ["true", "false"]}[op]
        return text[:match.start()] + draw(st.sampled_from(choices)) + text[match.end():]
    if op == "nest":
        found = _code(_CLAUSE, text)
        found = [m for m in found if m["cond"].count("(") == m["cond"].count(")")]
        if not found:
            return text
        match = draw(st.sampled_from(found))
        cond = match["cond"].rstrip()
        depth = draw(st.sampled_from([1, 3, 20, 45, 90, 101]))
        if draw(st.booleans()):
            wrapped = "(" * depth + cond + ")" * depth
        else:
            wrapped = "not (" * (depth // 2 * 2) + cond + ")" * (depth // 2 * 2)
        return text[:match.start("cond")] + wrapped + text[match.start("cond") + len(cond):]
    if op == "rename":
        found = _DECLARED.findall(text)
        if not found:
            return text
        name = draw(st.sampled_from(found))
        longer = name + "_" + "x" * draw(st.sampled_from([1, 60, 500, 3000]))
        return re.sub(rf"\b{name}\b", longer, text)
    found = _code(_CRITERION, text)
    if not found:
        return text
    match = draw(st.sampled_from(found))
    end = _block_end(text, match.end())
    if end is None:
        return text
    if op == "drop":
        return text[:match.start()] + text[end:]
    block = text[match.start():end]
    copies = draw(st.integers(1, 30)) if op == "copies" else 1
    ident = match["id"]
    extra = "".join("\n" + block.replace(f"criterion {ident}", f"criterion {ident}_{n}", 1) for n in range(copies))
    return text[:end] + extra + text[end:]


@st.composite
def deep_rule_folders(draw) -> bytes:
    """A shipped ruleset folder with one to four token-level edits (a
    rename applies to every file of it: its tests and demo facts too); the
    first file edited comes first, as it is the one ``fmt`` formats."""
    files = [list(pair) for pair in seed_folder(draw(st.sampled_from(RULE_SEEDS)))]
    rules = [f for f in files if f[0].endswith(".rules")]
    edited_names: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        target = draw(st.sampled_from(rules))
        old, new_text = target[1], draw(rule_edit(target[1]))
        target[1] = new_text
        if target[0] not in edited_names:
            edited_names.append(target[0])
        added = set(_DECLARED.findall(new_text)) - set(_DECLARED.findall(old))
        gone = set(_DECLARED.findall(old)) - set(_DECLARED.findall(new_text))
        if len(added) == 1 and len(gone) == 1:  # a rename: the other files follow
            (new,), (was,) = added, gone
            for other in files:
                if other is not target:
                    other[1] = re.sub(rf"\b{was}\b", new, other[1])
    files.sort(key=lambda f: f[0] != edited_names[0])
    return pack([tuple(f) for f in files]).encode("utf-8")


#: Rule files for the targets: five in six a shipped ruleset's folder
#: edited at the token level (deep), one in six from the character-level
#: strategy above (which tests the parser's and checker's messages).
rule_inputs = mostly(deep_rule_folders(), rule_files, one_in=6)


# ------------------------------------------------------------------ deep manifests: the demo's, its values changed

DEMO = ROOT / "senrules" / "demo" / "northshire"
DEMO_FILES = ["service-data.csv", "practice-changes.csv", "ob-indicators.xlsx", "provision-map.xlsx",
              "surveys/stakeholder-survey-2023.csv", "surveys/stakeholder-survey-2024.csv", "answers.sqlite"]
SURVEY_GROUPS = ["CYP", "Parents", "Schools", "Staff", "parents", "Nobody", ""]
SURVEY_MEASURES = ["responses", "response_rate", "share_positive", "first_date", "last_date"]


@functools.lru_cache(maxsize=None)
def demo_manifest() -> dict:
    import tomllib

    return tomllib.loads((DEMO / "senrules-data.toml").read_text(encoding="utf-8"))


def _toml_inline(value) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_inline(str(k))} = {_toml_inline(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_inline(v) for v in value) + "]"
    if isinstance(value, _dt.date) or isinstance(value, (bool, int, float)):
        return _toml_scalar(value)
    return _toml_scalar(str(value))


def toml_document(doc: dict) -> str:
    """A manifest as TOML: top-level values, then each ``[[section]]``
    entry (its tables written inline, which TOML reads the same)."""
    lines = [f"{_toml_inline(k)} = {_toml_inline(v)}" for k, v in doc.items() if not isinstance(v, (list, dict))]
    for key, value in doc.items():
        if isinstance(value, dict):
            lines.append(f"[{_toml_inline(key)}]")
            lines += [f"{_toml_inline(k)} = {_toml_inline(v)}" for k, v in value.items()]
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            for entry in value:
                lines.append(f"[[{_toml_inline(key)}]]")
                lines += [f"{_toml_inline(k)} = {_toml_inline(v)}" for k, v in entry.items()]
        elif isinstance(value, list):
            lines.insert(0, f"{_toml_inline(key)} = {_toml_inline(value)}")
    return "\n".join(lines) + "\n"


def _odd_for(key: str, value) -> st.SearchStrategy:
    """A valid but unusual value for a manifest key (or, now and then, any value)."""
    if key in ("round", "year"):
        return st.sampled_from(ODD_YEARS)
    if key == "file":
        return st.sampled_from(DEMO_FILES + ["missing.csv", "surveys"])
    if key == "sheet":
        return st.sampled_from(["OB PIs", "Notes", "2023-24", "Sheet1", "ob pis", ""])
    if key == "benchmark":
        return st.sampled_from(["national", "statistical neighbours", "regional", "none"])
    if key.endswith("_column"):
        return st.sampled_from(HEADERS + ["Response ID"])
    if key == "invited":
        return st.dictionaries(st.sampled_from(SURVEY_GROUPS), st.one_of(st.sampled_from([0, 1, 10**9]), st.integers(0, 500)),
                               max_size=5)
    if key == "ruleset":
        return st.sampled_from(["example", "dcsf-2008", "hmi-2005", "no-such-ruleset"])
    if key == "list":
        return st.sampled_from(["practice_changes", "interventions", "complaints", "cyp_supported"])
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.one_of(st.sampled_from([0, 1, -1, 10**9]), st.integers(-5, 3000))
    return st.one_of(st.sampled_from(ODD_TEXT), st.text(max_size=12))


@st.composite
def _edit_entry(draw, entry: dict, facts: list[str]) -> None:
    keys = sorted(entry)
    if not keys:
        return
    key = draw(st.sampled_from(keys))
    value = entry[key]
    if key in ("columns", "values") and isinstance(value, dict) and value:
        inner = draw(st.sampled_from(sorted(value)))
        if draw(st.booleans()):  # another fact (or header) for this column
            value[inner] = draw(st.sampled_from(facts + HEADERS[:6])) if isinstance(value[inner], str) else value[inner]
        else:  # another column for this fact
            value[draw(st.sampled_from(HEADERS))] = value.pop(inner)
    elif key == "facts" and isinstance(value, dict) and value:
        fact = draw(st.sampled_from(sorted(value)))
        spec = value[fact]
        if isinstance(spec, dict):
            part = draw(st.sampled_from(["measure", "group", "question", "fact"]))
            if part == "measure":
                spec["measure"] = draw(st.sampled_from(SURVEY_MEASURES))
            elif part == "group":
                spec["group"] = draw(st.sampled_from(SURVEY_GROUPS))
            elif part == "question":
                spec["question"] = draw(st.sampled_from(HEADERS + ["My views are listened to and acted on"]))
            else:
                value[draw(st.sampled_from(facts))] = value.pop(fact)
        else:
            value[draw(st.sampled_from(facts))] = value.pop(fact)
    else:
        entry[key] = draw(_odd_for(key, value))


@st.composite
def deep_manifests(draw) -> bytes:
    """The demo service's manifest with one to four of its values changed
    (the evaluation date, a file, a sheet, a year, a column's fact, a
    survey's invited counts or measure; an entry dropped, copied or moved)."""
    import copy

    doc = copy.deepcopy(demo_manifest())
    facts, _ = shipped_model("dcsf-2008")
    names = sorted(facts)
    sections = [k for k, v in doc.items() if isinstance(v, list) and v]
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["date", "service", "drop", "copy", "move", "edit", "edit", "edit", "edit"]))
        section = draw(st.sampled_from(sections))
        entries = doc[section]
        if op == "date":
            if draw(st.integers(0, 4)) == 0:
                doc.pop("evaluation_date", None)
            else:
                doc["evaluation_date"] = draw(_dates())
        elif op == "service":
            doc["service"] = draw(st.one_of(st.sampled_from(ODD_TEXT), st.text(max_size=20)))
        elif op == "drop" and len(entries) > 1:
            entries.pop(draw(st.integers(0, len(entries) - 1)))
        elif op == "copy":
            entries.append(copy.deepcopy(draw(st.sampled_from(entries))))
        elif op == "move" and len(entries) > 1:
            entries.insert(0, entries.pop(draw(st.integers(1, len(entries) - 1))))
        elif op == "edit":
            draw(_edit_entry(draw(st.sampled_from(entries)), names))
    return toml_document(doc).encode("utf-8")


#: Manifests for the targets: four in five deep, one in five from the
#: shallow strategy above (the demo's edited a character at a time, or one made up).
manifest_inputs = mostly(deep_manifests(), manifests(), one_in=5)


# ------------------------------------------------------------------ deep tables: the demo's, their cells changed

#: Values of each kind a cell may hold that the table plugins should take,
#: or report by row and column: years as services write them, numbers and
#: percentages at their edges, dates in the forms the readers take.
ODD_CELLS = {
    "year": ["2023/24", "2024", "2023-24", "2023/2024", "1900/01", "2198/99", "2024/25", "2019/20", " 2022/23 ", 2024],
    "number": [0, 1, 100, 101, -1, 0.5, 99.99, 10**15, "63%", "1,204", "0", " 12 ", "", None, "n/a", "don't know"],
    "date": ["01/01/1900", "31/12/2199", "29/02/2024", "2024-07-12", "12/07/2024", "7/1/2024", _dt.date(2024, 7, 12),
             _dt.datetime(2024, 2, 29, 23, 59), "", None],
    "text": ["", None, "x" * 300, "\u202eshalom", "😀", "a,b;c", 'say "hi"', "line\nbreak", "=1+1", "Met", "Not met"],
}


@functools.lru_cache(maxsize=None)
def demo_table(kind: str) -> tuple[tuple, ...]:
    """The rows of the demo's table of ``kind`` (``fuzz_targets.TABLE_KINDS``), its header first."""
    import csv as _csv

    from fuzz_targets import TABLE_KINDS

    file, sheet = TABLE_KINDS[kind]
    path = DEMO / file
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return tuple(tuple(row) for row in _csv.reader(fh))
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    rows = tuple(tuple(r) for r in wb[sheet].iter_rows(values_only=True))
    wb.close()
    return rows


def _cell_kind(values: list) -> str:
    shown = [v for v in values if v not in (None, "")]
    if not shown:
        return "text"
    if all(isinstance(v, (_dt.date, _dt.datetime)) or re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d\d-\d\d", str(v)) for v in shown):
        return "date"
    if all(re.fullmatch(r"\d{4}/\d\d", str(v)) for v in shown):
        return "year"
    if all(isinstance(v, (int, float)) or re.fullmatch(r"-?[\d.]+%?", str(v)) for v in shown):
        return "number"
    return "text"


@st.composite
def deep_grids(draw) -> tuple[str, list[list]]:
    """(kind, rows): one of the demo's tables, header kept, with cells
    changed to other values of their column or odd values of its kind, and
    rows dropped, copied or added."""
    kind = draw(st.sampled_from(["service", "practice", "survey", "ob", "provision"]))
    header, *rows = [list(r) for r in demo_table(kind)]
    columns = list(zip(*rows)) if rows else []
    kinds = [_cell_kind(list(c)) for c in columns]
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["cell"] * 8 + ["drop", "drop", "copy", "many"]))
        if not rows:
            break
        at = draw(st.integers(0, len(rows) - 1))
        if op == "cell" and columns:
            col = draw(st.integers(0, len(columns) - 1))
            row = rows[at]
            row += [None] * (col + 1 - len(row))
            row[col] = draw(st.one_of(st.sampled_from(ODD_CELLS[kinds[col]]), st.sampled_from(columns[col]),
                                      st.sampled_from(ODD_CELLS["text"])))
        elif op == "drop":
            rows.pop(at)
        elif op == "copy":
            rows.insert(draw(st.integers(0, len(rows))), list(rows[at]))
        else:
            rows += [list(rows[at]) for _ in range(draw(st.sampled_from([50, 400])))]
    return kind, [header, *rows]


@st.composite
def deep_csv_files(draw) -> tuple[str, bytes]:
    import csv as _csv
    import io as _io

    kind, rows = draw(deep_grids())
    out = _io.StringIO()
    writer = _csv.writer(out, delimiter=draw(st.sampled_from([",", ",", ";", "\t"])), lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    for row in rows:
        writer.writerow(["" if v is None else v.strftime("%d/%m/%Y") if isinstance(v, _dt.date) else v for v in row])
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "cp1252"]))
    return kind, out.getvalue().encode(encoding, "replace")


@st.composite
def deep_xlsx_files(draw) -> tuple[str, bytes]:
    from fuzz_targets import TABLE_KINDS, workbook

    kind, rows = draw(deep_grids())
    sheet = TABLE_KINDS[kind][1] or "Data"
    return kind, workbook([[_xlsx_cell(c) for c in row] for row in rows], sheet=sheet)


#: Tables for the targets: (kind, the file); four in five deep (the demo's
#: tables with odd cells, read as the demo reads them), one in five from the
#: shallow strategy (random headers and cells, read by every table plugin).
csv_inputs = mostly(deep_csv_files(), csv_files().map(lambda data: ("all", data)), one_in=5)
xlsx_inputs = mostly(deep_xlsx_files(), xlsx_files().map(lambda data: ("all", data)), one_in=5)


# ------------------------------------------------------------------ deep session files: valid SQLite, odd rows

ANSWER_FACTS = ["programmes_monitored", "monitoring_interval", "views_acted_on", "cyp_progress_rate", "plan_reviewed_on",
                "cyp_supported", "interventions", "anecdotes", "staff_understand_plan", "no_such_fact", ""]
ANSWER_VALUES = ["true", "false", "null", "13", "0", "104", "105", "-1", "1e999", "2.5", '"often"', '"Often"', '"rarely"',
                 '"2024-02-29"', '"1900-01-01"', '"x"', "[]", "{}", '[{"name": "x", "pupils": 1}]', '{"2024": 63}',
                 "63", "100.0", '"63%"', '"' + "x" * 5000 + '"', '{"trunc', "", "\"\\ud800\""]
ANSWER_TIMES = ["2024-09-01T10:00:00", "1900-01-01T00:00:00", "2199-12-31T23:59:59", "2024-09-01T10:00:00+05:00",
                "2024-09-01", "2024-09-01 10:00", "2024-02-30T10:00:00", "yesterday", ""]
META_VALUES = {
    "evaluation_date": ['"1900-01-01"', '"2199-12-31"', '"2024-02-29"', '"9999-12-31"', '"soon"', "null", "5"],
    "ruleset": ['"example"', '"dcsf-2008"', '"no-such-ruleset"', "null", '"../../etc"'],
    "service": ['""', '"\\u202e"', "null", '"' + "S" * 2000 + '"'],
    "created_at": ['"1900-01-01T00:00:00"', '"x"', "null"],
    "schema_version": ["1", "2", '"1"'],
}


@st.composite
def session_edit(draw) -> tuple[str, tuple]:
    """One SQL statement that changes a session file the way another
    program, an old version or a bad copy might: an answer's value, time,
    year, fact or note; an answer, event or plan row added; a setting of the
    session changed."""
    op = draw(st.sampled_from(["value", "value", "time", "year", "fact", "note", "add", "add", "event", "plan", "meta"]))
    row = draw(st.integers(1, 4))
    if op == "value":
        return "UPDATE answers_v1 SET value = ? WHERE id = ?", (draw(st.sampled_from(ANSWER_VALUES)), row)
    if op == "time":
        return "UPDATE answers_v1 SET answered_at = ? WHERE id = ?", (draw(st.sampled_from(ANSWER_TIMES)), row)
    if op == "year":
        return "UPDATE answers_v1 SET year = ? WHERE id = ?", (draw(st.sampled_from([None, 1900, 2024, 2199, 0, -3, 99999])), row)
    if op == "fact":
        return "UPDATE answers_v1 SET fact = ? WHERE id = ?", (draw(st.sampled_from(ANSWER_FACTS)), row)
    if op == "note":
        return "UPDATE answers_v1 SET note = ? WHERE id = ?", (draw(st.sampled_from(ODD_TEXT + [None])), row)
    if op == "add":
        return ("INSERT INTO answers_v1 (fact, year, value, note, answered_at, service, ruleset) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (draw(st.sampled_from(ANSWER_FACTS)), draw(st.sampled_from([None, None, 2023, 2024, 1900, 2199])),
                 draw(st.sampled_from(ANSWER_VALUES)), draw(st.sampled_from([None, "a note"])),
                 draw(st.sampled_from(ANSWER_TIMES)), draw(st.sampled_from([None, "Testshire Outreach Service", "Other"])),
                 draw(st.sampled_from([None, "example", "dcsf-2008"]))))
    if op == "event":
        return ("INSERT INTO assess_events_v1 (kind, fact, year, detail, at) VALUES (?, ?, ?, ?, ?)",
                (draw(st.sampled_from(["skip", "goto", "unskip", "nonsense"])), draw(st.sampled_from(ANSWER_FACTS + [None])),
                 draw(st.sampled_from([None, 2024, 0])), draw(st.sampled_from([None, "S1", "S11", "S99", ""])),
                 draw(st.sampled_from(ANSWER_TIMES))))
    if op == "plan":
        text = st.one_of(st.sampled_from(ODD_TEXT + [None]), st.text(max_size=20))
        return ("INSERT INTO assess_plan_v1 (area, action, who, by_when, success, evaluation, source, edited_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tuple(draw(text) for _ in range(7)) + (draw(st.sampled_from(ANSWER_TIMES)),))
    key = draw(st.sampled_from(sorted(META_VALUES)))
    return "UPDATE assess_session_v1 SET value = ? WHERE key = ?", (draw(st.sampled_from(META_VALUES[key])), key)


def edited_session(statements) -> bytes:
    """The valid session file (``fuzz_targets.valid_session``) with ``statements`` applied."""
    import sqlite3
    import tempfile

    from fuzz_targets import valid_session

    with tempfile.TemporaryDirectory(prefix="senrules-fuzz-session-") as folder:
        path = Path(folder) / "s.sqlite"
        path.write_bytes(valid_session())
        con = sqlite3.connect(path)
        try:
            with con:
                for sql, args in statements:  # (SQLite keeps UTF-8: a lone surrogate is written as "?")
                    con.execute(sql, tuple(a.encode("utf-8", "replace").decode() if isinstance(a, str) else a for a in args))
        finally:
            con.close()
        return path.read_bytes()


@st.composite
def deep_session_files(draw) -> bytes:
    return edited_session(draw(st.lists(session_edit(), min_size=1, max_size=5)))


#: Session files for the targets: three in four edited row by row (valid
#: SQLite, odd rows), one in four damaged byte by byte (the shallow strategy above).
session_inputs = mostly(deep_session_files(), session_files(), one_in=4)


# ------------------------------------------------------------------ deep proposals: real ones, sections rearranged

#: The development corpus of proposal documents (never the held-out ones,
#: which are kept unseen for the reader's accuracy).
PROPOSALS = sorted((ROOT / "tests" / "data" / "proposals" / "dev").glob("*.md")) + sorted(
    (ROOT / "tests" / "data" / "proposals" / "dev").glob("*.txt"))
_MONEY_OR_NUMBER = re.compile(r"£?\d[\d,.]*(?:m|k| FTE| places| pupils|%)?")
ODD_NUMBERS = ["0", "£0", "£1,000,000,000", "0.5", "100%", "0%", "-3", "99999", "1" * 30, "½", "a dozen"]


@functools.lru_cache(maxsize=None)
def proposal_sections(path: Path) -> tuple[str, ...]:
    """A proposal split where a heading or blank line starts a section."""
    text = path.read_text(encoding="utf-8")
    return tuple(s for s in re.split(r"\n(?=#)|\n\s*\n", text) if s.strip())


@st.composite
def deep_proposal_texts(draw) -> str:
    """A real proposal with its sections dropped, copied, moved, taken from
    another proposal, or with a number, a date or a money sum changed."""
    sections = list(proposal_sections(draw(st.sampled_from(PROPOSALS))))
    for _ in range(draw(st.integers(1, 5))):
        op = draw(st.sampled_from(["drop", "copy", "move", "splice", "number", "number", "text"]))
        at = draw(st.integers(0, len(sections) - 1)) if sections else 0
        if not sections:
            break
        if op == "drop" and len(sections) > 1:
            sections.pop(at)
        elif op == "copy":
            sections.insert(draw(st.integers(0, len(sections))), sections[at])
        elif op == "move":
            sections.insert(draw(st.integers(0, len(sections) - 1)), sections.pop(at))
        elif op == "splice":
            other = proposal_sections(draw(st.sampled_from(PROPOSALS)))
            sections.insert(at, draw(st.sampled_from(other)))
        elif op == "number":
            found = list(_MONEY_OR_NUMBER.finditer(sections[at]))
            if found:
                m = draw(st.sampled_from(found))
                sections[at] = sections[at][:m.start()] + draw(st.sampled_from(ODD_NUMBERS)) + sections[at][m.end():]
        else:
            words = sections[at].split(" ")
            i = draw(st.integers(0, len(words) - 1))
            words[i] = draw(st.one_of(st.sampled_from(ODD_TEXT[:12] + PHRASES), st.text(max_size=10)))
            sections[at] = " ".join(words)
    return "\n\n".join(sections) + "\n"


@st.composite
def deep_proposal_inputs(draw) -> tuple[str, bytes]:
    """(suffix, the file): a rearranged real proposal as Markdown, text or Word."""
    text = draw(deep_proposal_texts())
    suffix = draw(st.sampled_from([".md", ".txt", ".docx"]))
    if suffix == ".docx":
        from fuzz_targets import word

        return suffix, word(text.split("\n\n"))
    return suffix, text.encode("utf-8")


#: Proposals for the targets: (suffix, the file), three in four deep, one in
#: four from the shallow strategies above (phrases and random lines).
proposal_inputs = mostly(deep_proposal_inputs(), st.one_of(
    st.tuples(st.sampled_from([".md", ".txt"]), markdown_documents()), word_documents().map(lambda d: (".docx", d))), one_in=4)
