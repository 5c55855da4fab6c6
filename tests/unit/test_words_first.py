"""Where a person reads a node, its words come first and its number after
them in brackets, as everywhere else in the tool: the Markdown report of
:func:`senrules.report.render_markdown`, the text outline, and a nasen area
whose text is a heading and its description."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from senrules.report import render_markdown, render_text
from senrules.ruleset import load_ruleset
from senrules.wording import titled

ROOT = Path(__file__).resolve().parent.parent.parent


def _demo():
    rs = load_ruleset("example")
    data = json.loads((ROOT / "senrules" / "rules" / "example" / "demo.json").read_text(encoding="utf-8"))
    return rs.evaluate(data.get("facts", data), evaluation_date=dt.date(2024, 9, 1))


def test_the_markdown_report_names_each_node_words_first():
    md = render_markdown(_demo())
    assert "| standard or criterion | verdict | reason |" in md
    assert "\n| “Programmes and interventions are regularly monitored” (S1.1) | met | " in md
    assert "\n| Outcomes | good | " in md and "\n| Overall | satisfactory | " in md
    assert "\n### “Programmes and interventions are regularly monitored” (S1.1): met\n" in md
    assert "\n| S1.1 |" not in md and "\n### S1.1" not in md
    assert "- **“The service regularly collects feedback about…” (S6)** (good): " in md  # the gaps too


def test_the_text_outline_leads_with_the_verdict_then_the_words():
    text = render_text(_demo(), detail=False)
    assert "\nGOOD  Outcomes\n  OUTSTANDING  “Progress towards outcomes is systematically recorded and monitored” (S1)\n" in text
    assert "\nSATISFACTORY  Overall\n" in text


def test_a_heading_and_its_description_is_named_by_the_heading():
    text = "Learning at home: We enable parents to support their child’s learning away from school"
    assert titled("PE5", text) == "Learning at home (PE5)"
    assert titled("PE5", text, whole=True) == ("Learning at home (PE5): We enable parents to support their child’s "
                                               "learning away from school")
    assert titled("S1.1", "Programmes and interventions are regularly monitored.") == \
        "“Programmes and interventions are regularly monitored” (S1.1)"
