"""`senrules proposal check` says what set each parameter value, in the same
words as every other report (`senrules.report.parameter_words`, the result
JSON's `source`): the ruleset's default, or the parameter file (a parameter
set is in tests/plugins/test_contributed.py, where a plugin offering one is
installed)."""

from __future__ import annotations

import json
from pathlib import Path

from senrules.cli import main

ROOT = Path(__file__).resolve().parents[2]
PROPOSAL = ROOT / "examples" / "proposals" / "10-oakhurst-semh-closure-done-right.md"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_default_is_named_as_the_ruleset_s_default_in_text_markdown_and_json(capsys):
    code, text, err = run(capsys, "proposal", "check", str(PROPOSAL))
    assert (code, err) == (0, "")
    assert ("Parameters used:\n  'a long-term stay in a PRU': 13 weeks (parameter long_term_pru_weeks), the ruleset's default\n"
            "  'the margin allowed when dates give a stay': 4 weeks (parameter pru_dates_tolerance_weeks), the ruleset's default\n") in text
    _, markdown, _ = run(capsys, "proposal", "check", str(PROPOSAL), "--format", "markdown")
    assert ("- **Parameters used:**\n  - 'a long-term stay in a PRU': 13 weeks (parameter long_term_pru_weeks), the ruleset's default\n"
            "  - 'the margin allowed when dates give a stay': 4 weeks (parameter pru_dates_tolerance_weeks), the ruleset's default\n") in markdown
    _, out, _ = run(capsys, "proposal", "check", str(PROPOSAL), "--format", "json")
    data = json.loads(out)
    assert data["parameters"] == {"long_term_pru_weeks": 13, "pru_dates_tolerance_weeks": 4}
    assert data["parameter_sources"] == {"long_term_pru_weeks": "the ruleset's default",
                                         "pru_dates_tolerance_weeks": "the ruleset's default"}


def test_a_parameter_file_is_named_with_the_default_it_replaced(capsys, tmp_path):
    params = tmp_path / "local.toml"
    params.write_text("long_term_pru_weeks = 26\n", encoding="utf-8")
    code, text, err = run(capsys, "proposal", "check", str(PROPOSAL), "--params", str(params))
    assert err == ""
    assert f"  'a long-term stay in a PRU': 26 weeks (default 13 weeks) (parameter long_term_pru_weeks), the parameter file {params}\n" in text
    _, markdown, _ = run(capsys, "proposal", "check", str(PROPOSAL), "--params", str(params), "--format", "markdown")
    assert f"  - 'a long-term stay in a PRU': 26 weeks (default 13 weeks) (parameter long_term_pru_weeks), the parameter file {params}\n" in markdown
    _, out, _ = run(capsys, "proposal", "check", str(PROPOSAL), "--params", str(params), "--format", "json")
    data = json.loads(out)
    assert data["parameters"] == {"long_term_pru_weeks": 26, "pru_dates_tolerance_weeks": 4}
    assert data["parameter_sources"] == {"long_term_pru_weeks": f"the parameter file {params}",
                                         "pru_dates_tolerance_weeks": "the ruleset's default"}


def test_the_library_s_report_gives_the_same_words_as_the_evaluation_s_text_report():
    """The proposal report and `senrules evaluate`'s text report state a
    parameter through one function (`senrules.report.parameter_words`, the
    vague word first), so they cannot drift apart."""
    import senrules
    from senrules.report import parameter_words, render_text
    from senrules_proposals import check_document

    report = check_document(PROPOSAL, parameters={"long_term_pru_weeks": 8})
    (use,) = [p for p in report.parameter_uses if p.name == "long_term_pru_weeks"]
    rs = senrules.load_ruleset("sen-improvement-test-2007")
    words = "'a long-term stay in a PRU': 8 weeks (default 13 weeks) (parameter long_term_pru_weeks), given with the evaluation"
    assert parameter_words(use, report.ruleset) == parameter_words(use, rs) == words
    assert f"  {words}\n" in report.render_text()
    assert f"  {words}\n" in render_text(report.result, rs=rs)
