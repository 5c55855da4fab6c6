"""The reports name things in the reader's words: a standard left undecided
says what it needs by the words of its criteria (the number after them),
gaps name standards and criteria the same way, each parameter is stated by
the vague word it reads before its id, and the HTML report's tables have
row headers, column headers and, where no heading says what a table is, a
caption, so that a screen reader announces each cell with its row.

Each test fails if a bare code ("needs: S7.5", "S1 (good)") or a parameter
id in front ("most_areas = 75%") comes back where words are wanted."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import senrules
from senrules import document
from senrules.report import render_text
from senrules.wording import short_title

DEMO = Path(senrules.__file__).parent / "rules" / "dcsf-2008" / "demo.json"
#: a list of what is needed that starts with a bare number, or has one between separators
BARE_NEED = re.compile(r"[Nn]eeds(?: evidence)?:? (?:[^“\n]*?[;,] )?S\d+(?:\.\d+)?(?:[;,.]|$)", re.M)


@pytest.fixture(scope="module")
def demo():
    rs = senrules.load_ruleset("dcsf-2008")
    facts = json.loads(DEMO.read_text(encoding="utf-8"))
    return rs, rs.evaluate(facts.get("facts", facts), evaluation_date="2024-09-01")


@pytest.fixture(scope="module")
def outputs(demo):
    rs, result = demo
    blocks = document.build(document.ReportInput(result=result, rs=rs, service="Westmoor"))
    return {"text": render_text(result, rs=rs), "markdown": document.to_markdown(blocks), "html": document.to_html(blocks)}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_undecided_standard_names_what_it_needs_in_words(outputs, fmt):
    out = outputs[fmt]
    assert "“The service has a process to review leadership effectiveness…” (S7.5)" in out
    assert BARE_NEED.search(out) is None, BARE_NEED.search(out)
    assert "needs S7.5" not in out and "needs: S7.5" not in out and "needs S7; S15" not in out


def test_the_undecided_section_names_its_standards_in_words(outputs):
    assert ("    needs: “Leaders have a clear vision, develop the aims and objectives…” (S7); "
            "“There is collaboration with other service providers…” (S15); "
            "“Finance and resources are managed effectively to support…” (S16)\n") in outputs["text"]
    # the summary's list of undecided standards, shorter so that the summary prints on one page
    assert "Not yet decided, for want of evidence: “Leaders have a clear vision, develop the aims…” (S7); " in outputs["markdown"]


def test_the_json_needs_are_the_same_words(demo):
    _, result = demo
    s7 = next(j for j in result.to_dict()["judgements"] if j["id"] == "S7")
    assert s7["missing"] == ["S7.5"]  # the ids stay, for programs
    assert s7["needs"] == ["“The service has a process to review leadership effectiveness…” (S7.5)"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_gaps_name_standards_and_criteria_in_words(outputs, fmt):
    out = outputs[fmt]
    assert ("“Targets in intervention programmes are SMART” (S2.5)") in out
    assert re.search(r"(?:^|\W)S\d+ \((?:good|satisfactory|inadequate)\):", out, re.M) is None
    assert re.search(r"meet S\d+\.\d+\b", out) is None


def test_the_text_report_states_each_parameter_by_its_word_first(outputs):
    text = outputs["text"]
    lines = text.split("Parameters used:\n", 1)[1].splitlines()
    assert lines and all(line.startswith("  '") and "(parameter " in line for line in lines), lines
    assert "  'most areas': 75% (parameter most_areas), the ruleset's default" in lines
    assert "  'the majority of CYP': 50% (parameter majority_of_cyp), the ruleset's default" in lines
    assert not re.search(r"^\s+[a-z_]+ = ", text, re.M)


# ------------------------------------------------------------------ HTML tables


class _Tables(HTMLParser):
    """Each table as (caption, header cells, rows of (tag, attributes) cells)."""

    def __init__(self):
        super().__init__()
        self.tables, self.section, self.caption = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"caption": None, "head": [], "rows": []})
        elif tag in ("thead", "tbody"):
            self.section = tag
        elif tag == "caption":
            self.caption = ""
        elif tag == "tr" and self.section == "tbody":
            self.tables[-1]["rows"].append([])
        elif tag in ("th", "td") and self.tables:
            if self.section == "thead":
                self.tables[-1]["head"].append((tag, dict(attrs)))
            else:
                self.tables[-1]["rows"][-1].append((tag, dict(attrs)))

    def handle_data(self, data):
        if self.caption is not None:
            self.caption += data

    def handle_endtag(self, tag):
        if tag == "caption":
            self.tables[-1]["caption"], self.caption = self.caption, None


def _tables(page: str) -> list[dict]:
    parser = _Tables()
    parser.feed(page)
    return parser.tables


def test_every_html_table_has_row_and_column_headers(outputs):
    tables = _tables(outputs["html"])
    assert len(tables) == 5  # strongest, to develop, grades, action plan, parameters
    for t in tables:
        assert t["head"] and all(tag == "th" and a.get("scope") == "col" for tag, a in t["head"])
        for row in t["rows"]:
            headers = [i for i, (tag, a) in enumerate(row) if tag == "th"]
            assert len(headers) == 1 and row[headers[0]][1].get("scope") == "row"
            # the row is named by its first cell; the action plan's by its area, after the row's number
            assert headers[0] == (1 if len(t["head"]) == 8 else 0)


def test_the_grades_table_announces_each_standard_as_its_row(outputs):
    page = outputs["html"]
    assert '<tr><th scope="row" data-label="standard">Progress towards outcomes is systematically recorded and monitored (S1)</th>' in page
    assert '<th scope="col">standard</th><th scope="col">grade</th><th scope="col">why</th>' in page


def test_a_table_without_a_heading_before_it_has_a_caption():
    blocks = [document.Block("h2", "Views"), document.Block("p", "Raters: a, b."),
              document.Block("table", "Each rater's best fit, area by area", header=("area", "a", "b"), items=(("A1 x", "1", "2"),)),
              document.Block("h3", "Plain"), document.Block("table", header=("area", "a"), items=(("A1 x", "1"),))]
    tables = _tables(document.to_html(blocks))
    assert tables[0]["caption"] == "Each rater's best fit, area by area"
    assert tables[1]["caption"] is None  # the heading just before it says what it is


def test_the_phone_layout_styles_the_row_header_as_the_cards_title():
    css = document._CSS
    assert 'table.stack tbody th[scope="row"] { display: block; width: auto; }' in css.replace(
        "table.stack, table.stack tbody, table.stack tr, table.stack td, ", "")
    assert "table.stack tr > :first-child { border-top: 0; background: var(--head); font-weight: 600; }" in css


# ------------------------------------------------------------------ short titles


@pytest.mark.parametrize("text, short", [
    ("Targets in intervention programmes are SMART.", "Targets in intervention programmes are SMART"),
    ("Finance and resources are managed effectively to support the performance and operational requirements of the service.",
     "Finance and resources are managed effectively to support…"),
    ("Organisational and cultural differences with partners are recognised and addressed.",
     "Organisational and cultural differences with partners…"),
])
def test_a_short_title_is_cut_at_a_word_and_never_on_a_little_word(text, short):
    assert short_title(text) == short


def test_every_dcsf_short_title_is_short_and_ends_on_a_word_that_carries_meaning():
    rs = senrules.load_ruleset("dcsf-2008")
    for node in rs.program.nodes:
        if node.kind in ("standard", "criterion"):
            short = short_title(node.title)
            assert len(short) <= 61 and node.title.startswith(short.rstrip("…").rstrip(",;:"))
            last = short.rstrip("…").split()[-1].lower()
            assert last not in {"a", "an", "and", "the", "to", "of", "in", "for", "with", "are", "is", "which"}, short


def test_the_action_plan_asks_for_the_evidence_itself_not_for_criteria(outputs):
    # an undecided standard's row names the facts its undecided criteria need
    assert "Collect the evidence this standard needs: the date leadership was last reviewed." in outputs["markdown"]
    assert "Collect the evidence this standard needs: “" not in outputs["markdown"]


def test_the_action_plan_names_criteria_and_standards_in_words_in_every_format(demo, outputs):
    """"Raise S1.4 from partly met to met" sent the team to the framework to
    look S1.4 up: every format says the criterion's and standard's words,
    the number after them."""
    from senrules import actionplan

    rs, result = demo
    rows = actionplan.propose(rs, result)
    written = {"markdown": outputs["markdown"], "html": outputs["html"], "csv": document.plan_csv(rows),
               "rows text": actionplan.rows_text(rows), "rows markdown": actionplan.rows_markdown(rows)}
    for fmt, out in written.items():
        assert "Raise “The progress of individuals or particular groups…” (S1.4) from partly met to met." in out, fmt
        assert re.search(r"(Raise|Collect the evidence|check that|and) S\d+(\.\d+)? |\. S\d+ then reaches|^S\d+ has a grade", out, re.M) is None, fmt
    [s7] = [r for r in rows if r["source"] == "unknown:S7"]
    assert s7["success"] == "“Leaders have a clear vision, develop the aims…” (S7) has a grade (now it could be outstanding or good)."


def test_each_criterion_s_heading_leads_with_its_words_and_its_whole_text_follows_only_when_cut(outputs):
    """"### S1.1: met" sent the reader to the framework to look the number
    up: the heading is the criterion's words, its number after them; its whole
    text follows only where the heading had to cut it."""
    md = outputs["markdown"]
    headings = re.findall(r"^### (.*)$", md.split("## Evidence and reasons, criterion by criterion")[1], re.M)
    assert headings and not [h for h in headings if re.match(r"S\d", h)]
    # short enough to stand whole in the heading: not said again beneath it
    assert "\n### Targets in intervention programmes are SMART (S2.5): partly met\n\n- Why: " in md
    # too long for a heading: cut at a word, and the whole text beneath
    assert ("\n### Intervention strategies are modified to take account of the response… (S1.2): met\n\n"
            "Intervention strategies are modified to take account of the response of CYP, feedback is given to them "
            "and their own views are acted upon.\n") in md
    # the grades table and the action plan say it the same way
    assert "| Progress towards outcomes is systematically recorded and monitored (S1) | good |" in md
    assert not re.search(r"^\| \d+ \| S\d", md, re.M)
